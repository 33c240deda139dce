package nl.werkbrug.sroi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A region's building-block model (bouwblokkenmodel) of one version, as its YAML file says it. Every value carries
 * its source; {@code guess} marks a value the sources themselves call an estimate; a value the sources do not give
 * is null and {@code missing} says why.
 *
 * @param id        the model's id ({@code oost-nederland})
 * @param validFrom the first day the version is in force; a contract uses the version in force at its start
 */
public record SroiModel(String id, String name, String version, LocalDate validFrom, String validFromSource,
                        boolean validFromGuess, Amount threshold, Percentages percentages, Amount fulltimeHours,
                        PsoDiscounts psoDiscounts, List<CreditFactor> creditFactors, List<Block> blocks) {

    public SroiModel {
        creditFactors = List.copyOf(creditFactors);
        blocks = List.copyOf(blocks);
    }

    /** How a block's value is counted. */
    public enum Unit {
        /** per person per year (inspanningswaarde) */
        PER_YEAR,
        /** per person per month */
        PER_MONTH,
        /** per learning-working year (leerwerkjaar) */
        PER_LEERWERKJAAR,
        /** the invoice amount excl. VAT times the purchasing credit factor */
        INVOICE_AMOUNT,
        /** per hour of activity */
        PER_HOUR
    }

    /** Which share of the value counts. */
    public enum ProRata {
        /** hours per week against the fulltime hours, and months against a year (or the month count) */
        HOURS_AND_MONTHS,
        /** months only */
        MONTHS,
        /** the quantity itself (an invoice amount, hours) */
        NONE
    }

    /** A number with its source; null with {@code missing} when the sources do not give it. */
    public record Amount(@Nullable BigDecimal value, String source, boolean guess, @Nullable String missing) {
    }

    /** The percentages of the contract value a contract may carry. */
    public record Percentages(List<BigDecimal> values, String source) {

        public Percentages {
            values = List.copyOf(values);
        }
    }

    /** The discount on the obligation per PSO level (an overall korting). */
    public record PsoDiscounts(List<PsoLevel> levels, String source, @Nullable String missing) {

        public PsoDiscounts {
            levels = List.copyOf(levels);
        }
    }

    /** @param discountPercent the discount on the obligation, in percent */
    public record PsoLevel(String level, BigDecimal discountPercent, String source) {
    }

    /** How much of a purchase at a social enterprise counts (1.00 = 100%). */
    public record CreditFactor(String code, String name, BigDecimal factor, String source) {
    }

    /**
     * A building block.
     *
     * @param value          the value per unit; null when the sources do not give it ({@code missing} says so)
     * @param countingMonths the longest period that counts, in months; null: no cap in the model ({@code counting}
     *                       says what the source says, e.g. "altijd" or "afgesproken periode")
     * @param attestation    whether the municipality of residence attests the target group before it counts
     */
    public record Block(String code, String name, @Nullable BigDecimal value, Unit unit, @Nullable Integer countingMonths,
                        @Nullable String counting, ProRata proRata, boolean proRataGuess, String targetGroup,
                        boolean attestation, String source, boolean guess, @Nullable String missing) {

        /** Whether a realisation or plan line can be valued with this block. */
        public boolean valued() {
            return value != null;
        }

        /** Whether the block is for persons (placements), as opposed to purchases and activities. */
        public boolean forPersons() {
            return unit == Unit.PER_YEAR || unit == Unit.PER_MONTH || unit == Unit.PER_LEERWERKJAAR;
        }
    }

    public Optional<Block> block(String code) {
        return blocks.stream().filter(block -> block.code().equals(code)).findFirst();
    }

    public Optional<CreditFactor> creditFactor(String code) {
        return creditFactors.stream().filter(factor -> factor.code().equals(code)).findFirst();
    }

    /** The discount in percent for a PSO level, if the model gives one. */
    public Optional<BigDecimal> psoDiscount(@Nullable String level) {
        return level == null ? Optional.empty() : psoDiscounts.levels().stream()
                .filter(entry -> entry.level().equals(level)).map(PsoLevel::discountPercent).findFirst();
    }

    /** "Uniform Bouwblokkenmodel Oost-Nederland V05". */
    public String label() {
        return name + " " + version;
    }
}
