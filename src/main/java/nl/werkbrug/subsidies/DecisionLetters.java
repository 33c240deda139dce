package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.werkbrug.platform.Formats;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDocuments;
import nl.werkbrug.tenancy.TenantDocuments.Line;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The decision letter (beschikking) as a PDF in Dutch, in the deciding municipality's name and brand colours (from
 * {@link TenantDocuments}). The BSN never appears: the letter goes to the employer.
 */
@Component
class DecisionLetters {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Formats FORMATS = Formats.DUTCH;

    private final TenantDocuments documents;
    private final Clock clock;

    DecisionLetters(TenantDocuments documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    byte[] render(SubsidyRequestDetail request, Tenant tenant) {
        List<Line> lines = new ArrayList<>();
        boolean granted = request.status() == SubsidyStatus.TOEGEKEND;
        LocalDate decided = request.decidedOn() == null ? LocalDate.now(clock) : request.decidedOn();
        lines.add(Line.title("Beschikking " + request.instrumentName().toLowerCase(DUTCH)));
        lines.add(Line.text("Datum: " + FORMATS.longDate(decided)));
        lines.add(Line.text("Ons kenmerk: " + request.reference()));
        lines.add(Line.text("Aan: " + request.employerName()));
        lines.add(Line.gap());
        lines.add(Line.text("Geachte heer/mevrouw,"));
        lines.add(Line.gap());
        lines.add(Line.text("Op " + (request.submittedOn() == null ? "-" : FORMATS.longDate(request.submittedOn()))
                + " ontvingen wij uw aanvraag " + request.instrumentName().toLowerCase(DUTCH) + " voor uw werknemer "
                + request.employeeName() + (request.employeeBirthDate() == null ? "" : ", geboren op "
                + FORMATS.longDate(request.employeeBirthDate())) + ". Wij hebben uw aanvraag beoordeeld volgens de "
                + "Participatiewet en de regels van " + tenant.name() + " (instrumentencatalogus, versie "
                + request.catalogueVersionId() + (request.catalogueOverrideVersionId() == null ? ""
                : "/" + request.catalogueOverrideVersionId()) + ")."));
        lines.add(Line.gap());
        lines.add(Line.heading("Besluit"));
        lines.add(Line.text(granted ? "Wij kennen uw aanvraag toe." : "Wij wijzen uw aanvraag af."));
        if (granted && request.monthlyAmount() != null) {
            lines.add(Line.text("De loonkostensubsidie bedraagt " + euro(request.monthlyAmount()) + " per maand bij "
                    + number(request.hoursPerWeek()) + " uur per week en een loonwaarde van "
                    + number(request.establishedLoonwaarde()) + "%. Dit is het verschil tussen het wettelijk "
                    + "minimumloon en de loonwaarde, ten hoogste 70% van het wettelijk minimumloon, vermeerderd met "
                    + "23,5% voor werkgeverslasten (artikel 10d Participatiewet)."));
        }
        if (granted && request.coachKind() != null) {
            lines.add(Line.text("Jobcoaching door een " + (request.coachKind() == CoachKind.INTERN ? "interne" : "externe")
                    + " jobcoach, " + number(request.coachHoursPerMonth()) + " uur per maand."));
        }
        lines.add(Line.gap());
        lines.add(Line.heading("Motivering"));
        lines.add(Line.text(request.decisionReasons() == null ? "" : request.decisionReasons()));
        if (request.maatwerk()) {
            lines.add(Line.text("Dit besluit is maatwerk: het wijkt af van de regel in de catalogus en is door een "
                    + "tweede consulent beoordeeld en goedgekeurd."));
        }
        lines.add(Line.gap());
        lines.add(Line.heading("Bent u het niet eens met dit besluit?"));
        lines.add(Line.text("Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het "
                + "college van burgemeester en wethouders van " + tenant.name() + " (artikel 6:7 Algemene wet "
                + "bestuursrecht). Vermeld in uw bezwaarschrift ons kenmerk."));
        lines.add(Line.gap());
        lines.add(Line.text("Met vriendelijke groet,"));
        lines.add(Line.text("namens het college van burgemeester en wethouders van " + tenant.name()));
        return documents.render(tenant, "Beschikking " + request.instrumentName() + " - " + tenant.name(), lines);
    }

    private static String euro(BigDecimal amount) {
        return FORMATS.money(amount);
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "-" : FORMATS.number(value);
    }
}
