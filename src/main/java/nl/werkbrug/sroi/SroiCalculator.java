package nl.werkbrug.sroi;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.SroiModel.Block;
import org.jspecify.annotations.Nullable;

/**
 * The value computation of §c12, pure: the obligation (contract value × percentage, less the PSO discount) and the
 * value of a realisation or plan line by its block: pro rata by hours per week against the model's fulltime hours
 * and by months against a year, the months capped at the block's counting period; a purchase counts its invoice
 * amount times the credit factor; an activity its hours times the block's rate. Amounts are rounded to cents
 * (half up) once, at the end.
 */
public final class SroiCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private SroiCalculator() {
    }

    /**
     * What is measured of one realisation or plan line: hours per week and months for persons, the invoice amount
     * excl. VAT and the credit factor for a purchase, the hours for an activity.
     */
    public record Quantity(@Nullable BigDecimal hoursPerWeek, @Nullable Integer months, @Nullable BigDecimal amount,
                           @Nullable BigDecimal creditFactor) {

        public static Quantity person(BigDecimal hoursPerWeek, int months) {
            return new Quantity(hoursPerWeek, months, null, null);
        }

        public static Quantity purchase(BigDecimal invoiceExclVat, BigDecimal creditFactor) {
            return new Quantity(null, null, invoiceExclVat, creditFactor);
        }

        public static Quantity hours(BigDecimal hours) {
            return new Quantity(null, null, hours, null);
        }
    }

    /** Contract value excl. VAT × percentage / 100. */
    public static BigDecimal obligation(BigDecimal contractValue, BigDecimal percentage) {
        return contractValue.multiply(percentage).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** The obligation less the PSO discount in percent (none: the obligation itself). */
    public static BigDecimal netObligation(BigDecimal obligation, @Nullable BigDecimal discountPercent) {
        if (discountPercent == null) {
            return obligation.setScale(2, RoundingMode.HALF_UP);
        }
        return obligation.multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** The share of the net obligation fulfilled, in percent with one decimal; 0 for no obligation. */
    public static BigDecimal fulfilledPercent(BigDecimal accepted, BigDecimal netObligation) {
        if (netObligation.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return accepted.multiply(HUNDRED).divide(netObligation, 1, RoundingMode.HALF_UP);
    }

    /**
     * The value of {@code quantity} under {@code block} of {@code model}.
     *
     * @throws InvalidInputException when the block has no value in the model, or a quantity the block needs is absent
     */
    public static BigDecimal value(SroiModel model, Block block, Quantity quantity) {
        BigDecimal value = block.value();
        if (value == null && block.unit() != SroiModel.Unit.INVOICE_AMOUNT) {
            throw InvalidInputException.of("block", "sroi.error.block-without-value", block.name());
        }
        return switch (block.unit()) {
            case INVOICE_AMOUNT -> required(quantity.amount(), "amount")
                    .multiply(required(quantity.creditFactor(), "creditFactor")).setScale(2, RoundingMode.HALF_UP);
            case PER_HOUR -> required(quantity.amount(), "amount").multiply(value).setScale(2, RoundingMode.HALF_UP);
            case PER_YEAR, PER_LEERWERKJAAR -> person(model, block, value, quantity, MONTHS_PER_YEAR);
            case PER_MONTH -> person(model, block, value, quantity, BigDecimal.ONE);
        };
    }

    private static BigDecimal person(SroiModel model, Block block, BigDecimal value, Quantity quantity,
                                     BigDecimal monthsPerUnit) {
        int months = required(quantity.months() == null ? null : BigDecimal.valueOf(quantity.months()), "months")
                .intValueExact();
        if (months < 0) {
            throw InvalidInputException.of("months", "sroi.error.positive");
        }
        int counted = block.countingMonths() == null ? months : Math.min(months, block.countingMonths());
        BigDecimal numerator = value.multiply(BigDecimal.valueOf(counted));
        BigDecimal denominator = monthsPerUnit;
        if (block.proRata() == SroiModel.ProRata.HOURS_AND_MONTHS) {
            BigDecimal fulltime = model.fulltimeHours().value();
            if (fulltime == null) {
                throw InvalidInputException.of("hoursPerWeek", "sroi.error.no-fulltime-hours");
            }
            BigDecimal hours = required(quantity.hoursPerWeek(), "hoursPerWeek").min(fulltime);
            numerator = numerator.multiply(hours);
            denominator = denominator.multiply(fulltime);
        }
        return numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal required(@Nullable BigDecimal value, String field) {
        if (value == null) {
            throw InvalidInputException.of(field, "sroi.error.required");
        }
        if (value.signum() < 0) {
            throw InvalidInputException.of(field, "sroi.error.positive");
        }
        return value;
    }
}
