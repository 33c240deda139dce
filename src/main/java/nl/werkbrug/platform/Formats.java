package nl.werkbrug.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import nl.werkbrug.shared.Beslistermijn;
import nl.werkbrug.shared.DutchTime;
import org.jspecify.annotations.Nullable;

/**
 * The one way the portal writes money, numbers, percentages, dates, moments and deadlines, in Dutch or English.
 * Views take it from their UI locale ({@code Formats.of(getLocale())}); letters use {@link #DUTCH}. Moments are
 * shown in Dutch time, whatever the server's zone. Absent values read as an empty string.
 *
 * <pre>
 *            nl                        en
 * money      € 1.234,56                €1,234.56
 * number     1.234,5                   1,234.5
 * percentage 23,5%                     23.5%
 * date       12 jan 2027               12 Jan 2027
 * longDate   12 januari 2027           12 January 2027
 * dateTime   12 jan 2027, 14:05        12 Jan 2027, 14:05
 * deadline   uiterlijk 12 januari 2027 by 12 January 2027
 * </pre>
 */
public final class Formats {

    public static final Formats DUTCH = new Formats(Locale.forLanguageTag("nl-NL"));
    public static final Formats ENGLISH = new Formats(Locale.UK);

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final Locale locale;
    private final DecimalFormatSymbols symbols;
    private final String euro;
    private final DateTimeFormatter date;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dateTime;

    private Formats(Locale locale) {
        this.locale = locale;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        this.euro = isDutch() ? "€ " : "€";
        this.date = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(DutchTime.ZONE);
    }

    /** The formats for a UI locale: English for English, Dutch for everything else (the portal speaks Dutch first). */
    public static Formats of(@Nullable Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? ENGLISH : DUTCH;
    }

    public Locale locale() {
        return locale;
    }

    /** An amount in euro with cents: "€ 1.234,56", "€1,234.56". */
    public String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : decimal(euro + "#,##0.00").format(amount);
    }

    /** An amount in euro, with cents only when there are any: "€ 1.500", "€ 1.500,50". */
    public String moneyCompact(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        boolean cents = amount.stripTrailingZeros().scale() > 0;
        return decimal(euro + (cents ? "#,##0.00" : "#,##0")).format(amount);
    }

    /** A number with at most two decimals: "1.234,5", "1,234.5". */
    public String number(@Nullable Number value) {
        return value == null ? "" : decimal("#,##0.##").format(value);
    }

    /** A percentage given in percent (23.5 means 23,5%): "23,5%", "23.5%". */
    public String percentage(@Nullable Number percent) {
        return percent == null ? "" : number(percent) + "%";
    }

    /** A day in lists and tables: "12 jan 2027", "12 Jan 2027". */
    public String date(@Nullable LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** A day in running text and letters: "12 januari 2027", "12 January 2027". */
    public String longDate(@Nullable LocalDate day) {
        return day == null ? "" : longDate.format(day);
    }

    /** The Dutch day of a moment, as {@link #date(LocalDate)}. */
    public String date(@Nullable Instant moment) {
        return moment == null ? "" : date.format(moment.atZone(DutchTime.ZONE));
    }

    /** The Dutch day of a moment, as {@link #longDate(LocalDate)}. */
    public String longDate(@Nullable Instant moment) {
        return moment == null ? "" : longDate.format(moment.atZone(DutchTime.ZONE));
    }

    /** A moment in Dutch time: "12 jan 2027, 14:05". */
    public String dateTime(@Nullable Instant moment) {
        return moment == null ? "" : dateTime.format(moment);
    }

    /**
     * A decision deadline in words: "uiterlijk 12 januari 2027", "termijn verstreken op 12 januari 2027" when
     * overdue, "termijn staat stil" while the applicant is asked for information; empty without a deadline.
     */
    public String deadline(@Nullable LocalDate deadline, boolean overdue, boolean suspended) {
        if (suspended) {
            return text("formats.deadline.suspended");
        }
        if (deadline == null) {
            return "";
        }
        return text(overdue ? "formats.deadline.overdue" : "formats.deadline", longDate(deadline));
    }

    /** The deadline of a decision term as it stands on {@code today}. */
    public String deadline(Beslistermijn term, LocalDate today) {
        return deadline(term.deadline(), term.isOverdue(today), term.isSuspended());
    }

    private DecimalFormat decimal(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** One of the portal's texts (the nl/en bundles) in this locale: for documents and mails written outside a view. */
    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private boolean isDutch() {
        return locale.getLanguage().equals("nl");
    }
}
