package nl.werkbrug.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What an instrument pays, as the source states it. {@link AmountKind#NIET_VERMELD} says the source gives no amount;
 * no figure may then be filled in.
 *
 * @param kind          how the amount is stated
 * @param euro          the exact amount (per occasion, month or year as {@code kind} says)
 * @param minimumEuro   lower end of a range ("€ 2.000 tot maximaal € 6.000")
 * @param maximumEuro   upper limit ("maximaal € 5.000")
 * @param percentageWml at most this percentage of the statutory minimum wage
 * @param tiers         amounts by hours per week
 * @param note          the rule in words, as the source puts it
 */
public record AmountRule(@NotNull AmountKind kind,
                         @Nullable @Positive BigDecimal euro,
                         @Nullable @Positive BigDecimal minimumEuro,
                         @Nullable @Positive BigDecimal maximumEuro,
                         @Nullable @Positive @DecimalMax("100") BigDecimal percentageWml,
                         List<@NotNull @Valid HoursTier> tiers,
                         @Nullable @Size(max = 1000) String note) {

    public static final AmountRule NOT_STATED = new AmountRule(AmountKind.NIET_VERMELD, null, null, null, null, List.of(), null);

    public AmountRule {
        tiers = tiers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tiers));
    }

    /** Whether any figure is given. */
    public boolean hasFigures() {
        return euro != null || minimumEuro != null || maximumEuro != null || percentageWml != null || !tiers.isEmpty();
    }

    /** Problems that single-field constraints cannot see; the fields are under {@code path}. */
    List<FieldProblem> problems(String path) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            return problems;
        }
        switch (kind) {
            case NIET_VERMELD, GEEN -> {
                if (hasFigures()) {
                    problems.add(FieldProblem.of(path + ".kind", "catalogue.admin.error.amount-not-for-kind"));
                }
            }
            case EENMALIG, PER_MAAND, PER_JAAR -> {
                if (euro == null && maximumEuro == null && tiers.isEmpty()) {
                    problems.add(FieldProblem.of(path + ".euro", "catalogue.admin.error.amount-required"));
                }
                if (euro != null && (minimumEuro != null || maximumEuro != null)) {
                    problems.add(FieldProblem.of(path + ".euro", "catalogue.admin.error.amount-exact-or-range"));
                }
                if (percentageWml != null) {
                    problems.add(FieldProblem.of(path + ".percentageWml", "catalogue.error.percentage-not-for-kind"));
                }
            }
            case PERCENTAGE_WML -> {
                if (percentageWml == null) {
                    problems.add(FieldProblem.of(path + ".percentageWml", "catalogue.admin.error.percentage-required"));
                }
                if (euro != null || !tiers.isEmpty()) {
                    problems.add(FieldProblem.of(path + ".euro", "catalogue.error.euro-not-with-percentage"));
                }
            }
        }
        if (minimumEuro != null && maximumEuro != null && minimumEuro.compareTo(maximumEuro) > 0) {
            problems.add(FieldProblem.of(path + ".minimumEuro", "catalogue.admin.error.minimum-above-maximum"));
        }
        if (minimumEuro != null && maximumEuro == null) {
            problems.add(FieldProblem.of(path + ".maximumEuro", "catalogue.admin.error.minimum-needs-maximum"));
        }
        return problems;
    }
}
