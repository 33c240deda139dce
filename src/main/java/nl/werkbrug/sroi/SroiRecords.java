package nl.werkbrug.sroi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.SroiCalculator.Quantity;
import nl.werkbrug.sroi.SroiModel.Block;
import nl.werkbrug.sroi.internal.SroiContract;
import nl.werkbrug.sroi.internal.SroiInvoiceRepository;
import nl.werkbrug.sroi.internal.SroiVacancyLink;
import nl.werkbrug.sroi.internal.SroiVacancyLinkRepository;
import nl.werkbrug.sroi.internal.SroiPlanLineRepository;
import nl.werkbrug.sroi.internal.SroiRealisation;
import nl.werkbrug.sroi.internal.SroiRealisationRepository;
import org.springframework.stereotype.Component;

/** What the officer's and the contractor's services share: the contract's model, line values and the detail. */
@Component
class SroiRecords {

    private final SroiModels models;
    private final SroiPlanLineRepository planLines;
    private final SroiRealisationRepository realisations;
    private final SroiVacancyLinkRepository links;
    private final SroiInvoiceRepository invoices;
    private final Clock clock;

    SroiRecords(SroiModels models, SroiPlanLineRepository planLines, SroiRealisationRepository realisations,
                SroiVacancyLinkRepository links, SroiInvoiceRepository invoices, Clock clock) {
        this.models = models;
        this.links = links;
        this.invoices = invoices;
        this.planLines = planLines;
        this.realisations = realisations;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    SroiModels models() {
        return models;
    }

    SroiModel model(SroiContract contract) {
        return models.find(contract.modelId(), contract.modelVersion()).orElseThrow(() -> new IllegalStateException(
                "The SROI model " + contract.modelId() + " " + contract.modelVersion() + " is gone from tenants/"));
    }

    /** The block of a line, which must be in the model and valued. */
    static Block block(SroiModel model, SroiLineForm line) {
        String code = line.getBlockCode();
        if (code == null) {
            throw InvalidInputException.of("blockCode", "sroi.error.required");
        }
        return model.block(code).orElseThrow(() -> InvalidInputException.of("blockCode", "sroi.error.block-unknown"));
    }

    /** The value of one line for one person (or the purchase, or the activity). */
    static BigDecimal value(SroiModel model, SroiLineForm line) {
        Block block = block(model, line);
        BigDecimal factor = null;
        if (block.unit() == SroiModel.Unit.INVOICE_AMOUNT) {
            String code = line.getCreditFactor();
            factor = (code == null ? java.util.Optional.<SroiModel.CreditFactor>empty() : model.creditFactor(code))
                    .orElseThrow(() -> InvalidInputException.of("creditFactor", "sroi.error.required")).factor();
        }
        return SroiCalculator.value(model, block, new Quantity(line.getHoursPerWeek(), line.getMonths(),
                line.getAmount(), factor));
    }

    /** The planned value of a plan line: persons × the value of one. */
    static BigDecimal plannedValue(SroiModel model, SroiLineForm line) {
        if (line.getPersons() < 1) {
            throw InvalidInputException.of("persons", "sroi.error.positive");
        }
        return value(model, line).multiply(BigDecimal.valueOf(line.getPersons()));
    }

    SroiContractDetail detail(SroiContract contract) {
        SroiModel model = model(contract);
        List<SroiContractDetail.PlanLine> plan = planLines.findByContractIdOrderByIdAsc(contract.id()).stream()
                .map(line -> new SroiContractDetail.PlanLine(line.blockCode(), blockName(model, line.blockCode()),
                        line.persons(), line.measure().hoursPerWeek(), line.measure().months(),
                        line.measure().amount(), line.measure().creditFactor(), line.plannedValue())).toList();
        java.util.Map<Long, String> invoiceNames = invoices.findByContractId(contract.id()).stream().collect(
                java.util.stream.Collectors.toMap(SroiInvoiceRepository.Name::getRealisationId,
                        SroiInvoiceRepository.Name::getFileName));
        List<SroiContractDetail.Realisation> done = realisations.findByContractIdOrderByIdAsc(contract.id()).stream()
                .map(realisation -> realisation(model, realisation, invoiceNames.get(realisation.id()))).toList();
        boolean overdue = contract.interimFiledOn() == null && today().isAfter(contract.interimReportDue());
        return new SroiContractDetail(contract.id(), contract.tenantId(), contract.employerId(), contract.employerName(),
                contract.subject(), contract.contractValue(), contract.percentage(), contract.obligation(),
                contract.psoLevel(), contract.psoDiscount(), contract.netObligation(), model, contract.periodStart(),
                contract.periodEnd(), contract.interimReportDue(), contract.finalReportDue(), contract.state(),
                contract.changeRequest(), contract.interimFiledOn(), overdue, contract.finalFiledOn(),
                contract.finalFiledOn() == null && today().isAfter(contract.finalReportDue()), contract.consequence(),
                contract.consequenceNote(), plan, done, links.findByContractIdOrderByIdAsc(contract.id()).stream()
                .map(SroiVacancyLink::vacancyId).toList());
    }

    static SroiContractDetail.Realisation realisation(SroiModel model, SroiRealisation realisation,
                                                      @org.jspecify.annotations.Nullable String invoiceName) {
        return new SroiContractDetail.Realisation(realisation.id(), realisation.blockCode(),
                blockName(model, realisation.blockCode()), realisation.pseudonym(), realisation.residenceTenant(),
                realisation.referralId() != null, realisation.description(), realisation.startDate(),
                realisation.measure().hoursPerWeek(), realisation.measure().months(), realisation.measure().amount(),
                realisation.measure().creditFactor(), realisation.value(), realisation.state(),
                realisation.attested(), realisation.attestedFrom(), realisation.rejectionReason(), invoiceName);
    }

    private static String blockName(SroiModel model, String code) {
        return code.isEmpty() ? "" : model.block(code).map(Block::name).orElse(code);
    }
}
