package nl.werkbrug.sroi;

import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.platform.Formats;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDocuments;
import nl.werkbrug.tenancy.TenantDocuments.Line;
import org.springframework.stereotype.Component;

/**
 * The interim report of a contract as a Dutch PDF in the contracting municipality's name: the obligation, the value
 * accepted so far and the share fulfilled, with the accepted realisations by block. No person is named: a placement
 * shows its block and start only.
 */
@Component
class SroiReports {

    private static final Formats FORMATS = Formats.DUTCH;

    private final TenantDocuments documents;

    SroiReports(TenantDocuments documents) {
        this.documents = documents;
    }

    /** The interim report, or with {@code finalReport} the final one with the consequence of an obligation not met. */
    byte[] render(SroiContractDetail contract, Tenant tenant, boolean finalReport) {
        String title = (finalReport ? "Eindrapportage" : "Tussenrapportage") + " social return";
        List<Line> lines = new ArrayList<>();
        lines.add(Line.title(title));
        lines.add(Line.text("Kenmerk: SROI-" + tenant.id().toUpperCase(FORMATS.locale()) + "-" + contract.id()));
        lines.add(Line.text("Vastgesteld op: " + FORMATS.longDate(finalReport ? contract.finalFiledOn()
                : contract.interimFiledOn())));
        lines.add(Line.text("Opdrachtnemer: " + contract.employerName()));
        lines.add(Line.text("Opdracht: " + contract.subject()));
        lines.add(Line.text("Looptijd: " + FORMATS.longDate(contract.periodStart()) + " tot en met "
                + FORMATS.longDate(contract.periodEnd())));
        lines.add(Line.text("Bouwblokkenmodel: " + contract.model().label()));
        lines.add(Line.gap());
        lines.add(Line.heading("Verplichting"));
        lines.add(Line.text("Opdrachtwaarde excl. btw: " + FORMATS.money(contract.contractValue())));
        lines.add(Line.text("SROI-percentage: " + FORMATS.percentage(contract.percentage())));
        lines.add(Line.text("Verplichting: " + FORMATS.money(contract.obligation())));
        if (contract.psoDiscount() != null) {
            lines.add(Line.text("PSO-korting (" + contract.psoLevel() + "): " + FORMATS.percentage(contract.psoDiscount())
                    + "; verplichting na korting: " + FORMATS.money(contract.netObligation())));
        } else if (contract.psoLevel() != null) {
            lines.add(Line.text("PSO-niveau " + contract.psoLevel() + ": het model geeft geen korting voor dit niveau."));
        }
        lines.add(Line.gap());
        lines.add(Line.heading("Realisatie"));
        lines.add(Line.text("Geaccepteerde waarde: " + FORMATS.money(contract.acceptedValue())));
        lines.add(Line.text("Percentage gerealiseerd: " + FORMATS.percentage(contract.fulfilledPercent())));
        lines.add(Line.text("Geplande waarde volgens het geaccepteerde plan: " + FORMATS.money(contract.plannedValue())));
        for (SroiContractDetail.Realisation realisation : contract.realisations()) {
            if (realisation.state() == RealisationState.GEACCEPTEERD) {
                lines.add(Line.text("- " + realisation.blockName() + ", vanaf " + FORMATS.longDate(realisation.startDate())
                        + ": " + FORMATS.money(realisation.value())));
            }
        }
        if (finalReport) {
            lines.add(Line.gap());
            lines.add(Line.heading("Oordeel"));
            lines.add(Line.text(contract.consequence() == null ? "De verplichting is nagekomen."
                    : "De verplichting is niet nagekomen. Afgesproken gevolg: "
                    + (contract.consequence() == Consequence.BOETE ? "boete" : "verlenging") + ". "
                    + contract.consequenceNote()));
        }
        lines.add(Line.gap());
        lines.add(Line.text("De opdrachtnemer blijft verantwoordelijk voor de invulling van de verplichting, ook als "
                + "er geen geschikte kandidaten zijn aangeleverd. Bij niet-voldoen kan een boete volgen."));
        return documents.render(tenant, title + " " + contract.id(), lines);
    }
}
