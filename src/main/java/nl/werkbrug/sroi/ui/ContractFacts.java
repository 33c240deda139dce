package nl.werkbrug.sroi.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.ui.Facts;
import nl.werkbrug.sroi.SroiContractDetail;

/** The facts of a contract, for the officer and the contractor alike: obligation, plan, realisation, dates. */
class ContractFacts extends Composite<DescriptionList> {

    ContractFacts(SroiContractDetail contract) {
        Formats formats = Formats.of(getLocale());
        DescriptionList list = getContent();
        list.setId("sroi-contract-facts");
        Facts.term(this, list, "sroi.contract.employer", contract.employerName());
        Facts.term(this, list, "sroi.contract.subject", contract.subject());
        Facts.term(this, list, "sroi.contract.value", formats.money(contract.contractValue()));
        Facts.term(this, list, "sroi.contract.percentage", formats.percentage(contract.percentage()));
        Facts.term(this, list, "sroi.contract.obligation", formats.money(contract.obligation()), "sroi-obligation");
        Facts.term(this, list, "sroi.contract.pso", contract.psoLevel() == null ? getTranslation("sroi.contract.pso.none")
                : contract.psoDiscount() == null ? getTranslation("sroi.contract.pso.no-discount", contract.psoLevel())
                : getTranslation("sroi.contract.pso.discount", contract.psoLevel(), formats.percentage(contract.psoDiscount()),
                formats.money(contract.netObligation())));
        Facts.term(this, list, "sroi.contract.model", contract.model().label());
        Facts.term(this, list, "sroi.contract.period", getTranslation("sroi.contract.period.value",
                formats.date(contract.periodStart()), formats.date(contract.periodEnd())));
        Facts.term(this, list, "sroi.contract.interim-due", formats.date(contract.interimReportDue())
                + (contract.interimOverdue() ? " " + getTranslation("sroi.contract.overdue") : ""), "sroi-interim-due");
        Facts.term(this, list, "sroi.contract.final-due", formats.date(contract.finalReportDue())
                + (contract.finalOverdue() ? " " + getTranslation("sroi.contract.overdue") : ""), "sroi-final-due");
        if (contract.finalFiledOn() != null) {
            Facts.term(this, list, "sroi.contract.outcome", contract.consequence() == null
                    ? getTranslation("sroi.contract.outcome.met") : getTranslation("sroi.contract.outcome.not-met",
                    getTranslation(contract.consequence().labelKey()), contract.consequenceNote()), "sroi-outcome");
        }
        Facts.term(this, list, "sroi.contract.state", getTranslation(contract.state().labelKey()), "sroi-state");
        Facts.term(this, list, "sroi.contract.planned", formats.money(contract.plannedValue()), "sroi-planned");
        Facts.term(this, list, "sroi.contract.accepted", getTranslation("sroi.contract.accepted.value",
                formats.money(contract.acceptedValue()), formats.percentage(contract.fulfilledPercent())), "sroi-accepted");
    }
}
