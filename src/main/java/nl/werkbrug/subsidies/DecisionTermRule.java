package nl.werkbrug.subsidies;

import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The decision term an instrument's catalogue entry sets, or, when it sets none (or none that can be read as a
 * number of days, weeks or months), the eight weeks of Awb art. 4:13 ("een redelijke termijn [...] acht weken"),
 * marked as such so the screens can say that no term of its own was set (issue 12).
 *
 * @param period the term
 * @param own    the catalogue sets this term; false: the Awb's eight weeks apply
 */
public record DecisionTermRule(Period period, boolean own) {

    /** Awb 4:13: without a statutory term, a decision follows within a reasonable term of at most eight weeks. */
    public static final Period AWB_DEFAULT = Period.ofWeeks(8);
    public static final DecisionTermRule DEFAULT = new DecisionTermRule(AWB_DEFAULT, false);

    private static final Pattern TERM = Pattern.compile(
            "(\\d{1,3})\\s*(dag|dagen|day|days|week|weken|weeks|maand|maanden|month|months)", Pattern.CASE_INSENSITIVE);

    /** The term the catalogue states in words ("binnen 4 weken na ontvangst"), or the Awb default. */
    public static DecisionTermRule of(@Nullable String catalogueText) {
        if (catalogueText == null) {
            return DEFAULT;
        }
        Matcher matcher = TERM.matcher(catalogueText);
        if (!matcher.find()) {
            return DEFAULT;
        }
        int amount = Integer.parseInt(matcher.group(1));
        if (amount <= 0) {
            return DEFAULT;
        }
        String unit = matcher.group(2).toLowerCase(java.util.Locale.ROOT);
        return new DecisionTermRule(unit.startsWith("d") ? Period.ofDays(amount)
                : unit.startsWith("w") ? Period.ofWeeks(amount) : Period.ofMonths(amount), true);
    }

    /**
     * The translation key that labels the term on a screen, with {@link #labelAmount()} as its argument:
     * {@code subsidy.decision-term.own.weeks} ("4 weken, de termijn van de catalogus"), {@code .days} or
     * {@code .months}; or {@code subsidy.decision-term.default} ("8 weken (Awb art. 4:13, geen eigen termijn
     * vastgesteld)").
     */
    public String labelKey() {
        if (!own) {
            return "subsidy.decision-term.default";
        }
        return period.getMonths() > 0 || period.getYears() > 0 ? "subsidy.decision-term.own.months"
                : period.getDays() % 7 == 0 ? "subsidy.decision-term.own.weeks" : "subsidy.decision-term.own.days";
    }

    /** The number in the label: months, weeks or days as {@link #labelKey()} says. */
    public int labelAmount() {
        if (period.getMonths() > 0 || period.getYears() > 0) {
            return (int) period.toTotalMonths();
        }
        return period.getDays() % 7 == 0 ? period.getDays() / 7 : period.getDays();
    }
}
