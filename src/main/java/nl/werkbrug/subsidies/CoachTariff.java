package nl.werkbrug.subsidies;

import java.math.BigDecimal;

/**
 * The tariff per hour of jobcoaching: the municipality's catalogue tariff where a source gives one, otherwise entered
 * for this request and marked as entered (the decision and the letter say which).
 *
 * @param perHour euro per hour
 * @param entered entered for this request; false: from the catalogue
 */
public record CoachTariff(BigDecimal perHour, boolean entered) {

    public CoachTariff {
        if (perHour.signum() <= 0) {
            throw new IllegalArgumentException("A tariff is positive: " + perHour);
        }
    }
}
