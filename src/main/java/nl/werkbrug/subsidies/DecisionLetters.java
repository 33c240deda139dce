package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.werkbrug.platform.Formats;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDocuments;
import nl.werkbrug.tenancy.TenantDocuments.Line;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The decision letter (beschikking) as a PDF in Dutch, in the deciding municipality's name and brand colours (from
 * {@link TenantDocuments}). Its text comes from the blocks in the tenants folder ({@link LetterBlocks}, letter
 * {@code beschikking}); this class only chooses the blocks for the outcome and fills in the values. The BSN never
 * appears: the letter goes to the employer, addressed to its contact person at the company's address as they were
 * when the request was submitted (kept with the request).
 */
@Component
class DecisionLetters {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Formats FORMATS = Formats.DUTCH;

    private final TenantDocuments documents;
    private final Path tenants;
    private final Clock clock;

    DecisionLetters(TenantDocuments documents, @Value("${werkbrug.tenancy.directory:tenants}") Path tenants, Clock clock) {
        this.documents = documents;
        this.tenants = tenants;
        this.clock = clock;
    }

    byte[] render(SubsidyRequestDetail request, Tenant tenant) {
        LetterBlocks blocks = LetterBlocks.load(tenants, tenant.regionId(), tenant.id(), "beschikking");
        Map<String, String> values = values(request, tenant, blocks);
        SubsidyStatus outcome = request.status();
        String outcomeKey = outcome.name().toLowerCase(Locale.ROOT);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.title(blocks.fill("title", values)));
        text(lines, blocks, "date", values);
        text(lines, blocks, "reference", values);
        text(lines, blocks, "addressee", values);
        lines.add(Line.gap());
        text(lines, blocks, "salutation", values);
        lines.add(Line.gap());
        text(lines, blocks, "intro", values);
        lines.add(Line.gap());
        lines.add(Line.heading(blocks.fill("heading.decision", values)));
        text(lines, blocks, outcome == SubsidyStatus.TOEGEKEND && request.coachingPlan() != null
                ? "decision.toegekend.coaching" : "decision." + outcomeKey, values);
        if (outcome == SubsidyStatus.TOEGEKEND && SubsidyRequestForm.LOONKOSTENSUBSIDIE.equals(request.instrumentCode())) {
            if (request.monthlyAmount() != null && !request.flatRateStart()) {
                text(lines, blocks, "lks.amount", values);
            }
            for (Loonkostensubsidie.PeriodAmount period : request.lksPeriods()) {
                Map<String, String> periodValues = new HashMap<>(values);
                periodValues.put("from", FORMATS.longDate(period.from()));
                periodValues.put("to", FORMATS.longDate(period.to()));
                periodValues.put("periodLoonwaarde", number(period.loonwaardePercent()));
                periodValues.put("hourly", FORMATS.money(period.hourlyMinimumWage()));
                periodValues.put("periodAmount", period.calculation() == null ? "" : FORMATS.money(period.calculation().total()));
                text(lines, blocks, period.minimumWageMissing() ? "lks.period.missing" : "lks.period", periodValues);
            }
        }
        if (outcome == SubsidyStatus.TOEGEKEND && request.flatRateStart()) {
            text(lines, blocks, "lks.flat-rate", values);
        }
        if (outcome == SubsidyStatus.TOEGEKEND && request.loonwaardemeting() != null) {
            text(lines, blocks, "lks.meting", values);
        }
        if (outcome == SubsidyStatus.TOEGEKEND && request.coachingPlan() != null) {
            text(lines, blocks, "coaching.plan", values);
            text(lines, blocks, request.coachingPlan().tariff().entered() ? "coaching.tariff.entered" : "coaching.tariff.catalogue", values);
        } else if (outcome == SubsidyStatus.TOEGEKEND && request.coachKind() != null) {
            text(lines, blocks, "coaching", values);
        }
        text(lines, blocks, basis(blocks, request, outcomeKey), values);
        lines.add(Line.gap());
        lines.add(Line.heading(blocks.fill("heading.reasons", values)));
        lines.add(Line.text(request.decisionReasons() == null ? "" : request.decisionReasons()));
        if (request.maatwerk()) {
            text(lines, blocks, "maatwerk", values);
        }
        lines.add(Line.gap());
        lines.add(Line.heading(blocks.fill("heading.bezwaar", values)));
        text(lines, blocks, "bezwaar", values);
        lines.add(Line.gap());
        text(lines, blocks, "closing", values);
        text(lines, blocks, "signatory", values);
        return documents.render(tenant, blocks.fill("title", values) + " - " + tenant.name(), lines);
    }

    /** The legal basis of the decision: of setting aside, else of the instrument, else the general one. */
    private static String basis(LetterBlocks blocks, SubsidyRequestDetail request, String outcomeKey) {
        if (blocks.has("basis." + outcomeKey)) {
            return "basis." + outcomeKey;
        }
        return blocks.has("basis." + request.instrumentCode()) ? "basis." + request.instrumentCode() : "basis.default";
    }

    /** A block as paragraphs: each line of the block's text a line of the letter. */
    private static void text(List<Line> lines, LetterBlocks blocks, String block, Map<String, String> values) {
        blocks.fill(block, values).lines().forEach(line -> lines.add(Line.text(line)));
    }

    private Map<String, String> values(SubsidyRequestDetail request, Tenant tenant, LetterBlocks blocks) {
        LocalDate decided = request.decidedOn() == null ? LocalDate.now(clock) : request.decidedOn();
        Map<String, String> values = new HashMap<>();
        values.put("instrument", request.instrumentName());
        values.put("instrumentLower", request.instrumentName().toLowerCase(DUTCH));
        values.put("date", FORMATS.longDate(decided));
        values.put("reference", or(request.reference(), "-"));
        values.put("company", request.employerName());
        values.put("contact", or(request.employerContactName(), "de contactpersoon"));
        values.put("address", or(request.employerAddress(), ""));
        values.put("submittedOn", request.submittedOn() == null ? "-" : FORMATS.longDate(request.submittedOn()));
        values.put("employee", or(request.employeeName(), "-"));
        values.put("birthDate", FORMATS.longDate(request.employeeBirthDate()));
        values.put("municipality", tenant.name());
        values.put("catalogueVersion", request.catalogueVersionId()
                + (request.catalogueOverrideVersionId() == null ? "" : "/" + request.catalogueOverrideVersionId()));
        values.put("periodStart", FORMATS.longDate(request.contractStart()));
        values.put("periodEnd", request.contractEnd() == null ? "-" : FORMATS.longDate(request.contractEnd()));
        values.put("amount", FORMATS.money(request.monthlyAmount()));
        values.put("hours", number(request.hoursPerWeek()));
        values.put("loonwaarde", number(request.establishedLoonwaarde()));
        values.put("coachHours", number(request.coachHoursPerMonth()));
        values.put("coachKind", request.coachKind() == null ? "" : request.coachKind() == CoachKind.INTERN ? "interne" : "externe");
        Loonwaardemeting meting = request.loonwaardemeting();
        values.put("metingOn", meting == null ? "-" : FORMATS.longDate(meting.measuredOn()));
        values.put("metingBy", meting == null ? "-" : meting.measuredBy());
        values.put("metingMethod", meting == null ? "-" : meting.method());
        InformationRequest lastQuestion = request.informationRequests().isEmpty() ? null
                : request.informationRequests().getLast();
        values.put("askedOn", lastQuestion == null ? "-" : FORMATS.longDate(lastQuestion.askedOn()));
        values.put("answerDue", lastQuestion == null || lastQuestion.answerDue() == null ? "-"
                : FORMATS.longDate(lastQuestion.answerDue()));
        CoachingPlan plan = request.coachingPlan();
        if (plan != null) {
            values.put("coachFrom", FORMATS.longDate(plan.from()));
            values.put("coachTo", FORMATS.longDate(plan.to()));
            values.put("coachMonths", String.valueOf(plan.months()));
            values.put("coachPlanHours", number(plan.hoursPerMonth()));
            values.put("coachTotalHours", number(plan.totalHours()));
            values.put("coachJudgedBy", plan.judgedBy());
            values.put("coachGoals", plan.goals());
            values.put("tariff", FORMATS.money(plan.tariff().perHour()));
            values.put("coachMonthly", FORMATS.money(plan.monthlyAmount()));
            values.put("coachTotal", FORMATS.money(plan.total()));
        }
        if (request.flatRateStart()) {
            // a figure the catalogue does not give is stated as missing, never filled in
            values.put("percentage", number(request.flatRatePercentage()));
            values.put("flatAmount", blocks.fill(request.monthlyAmount() != null ? "flat-rate.amount"
                    : request.flatRatePercentage() != null ? "flat-rate.percentage" : "missing", values));
            if (request.flatRateMonths() != null && request.contractStart() != null) {
                values.put("flatTo", FORMATS.longDate(request.contractStart().plusMonths(request.flatRateMonths()).minusDays(1)));
            }
            values.put("flatPeriod", blocks.fill(values.containsKey("flatTo") ? "flat-rate.period" : "missing", values));
        }
        values.put("bornOn", request.employeeBirthDate() == null ? "" : blocks.fill("born-on", values));
        return values;
    }

    private static String or(@Nullable String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "-" : FORMATS.number(value);
    }
}
