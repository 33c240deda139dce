package nl.werkbrug.catalogue.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import nl.werkbrug.catalogue.AmountKind;
import nl.werkbrug.catalogue.AmountRule;
import nl.werkbrug.catalogue.ApplyElsewhere;
import nl.werkbrug.catalogue.BenefitType;
import nl.werkbrug.catalogue.Conditions;
import nl.werkbrug.catalogue.FlatRateStart;
import nl.werkbrug.catalogue.HoursTier;
import nl.werkbrug.catalogue.MaxDuration;
import nl.werkbrug.catalogue.Reason;
import nl.werkbrug.platform.Formats;
import org.jspecify.annotations.Nullable;

/**
 * Turns catalogue values into the texts the views show ("€ 1.500 eenmalig", "maximaal 3 maanden"), in the language of
 * the component's UI. Whatever the sources do not state reads "Niet vermeld in bron".
 */
final class CatalogueTexts {

    private final Component component;
    private final Formats formats;

    CatalogueTexts(Component component) {
        this.component = component;
        this.formats = Formats.of(component.getUI().map(ui -> ui.getLocale())
                .or(() -> java.util.Optional.ofNullable(com.vaadin.flow.server.VaadinSession.getCurrent())
                        .map(com.vaadin.flow.server.VaadinSession::getLocale))
                .orElse(null));
    }

    String t(String key, Object... arguments) {
        return component.getTranslation(key, arguments);
    }

    /** A translation lookup: a view's {@code getTranslation} or {@link #t}. */
    @FunctionalInterface
    interface Translator {
        String t(String key, Object... arguments);
    }

    /** Where and how an instrument applied for elsewhere is applied for, in one line ("Aanvragen bij UWV: ..."). */
    static String applyElsewhere(Translator texts, ApplyElsewhere where) {
        String line = texts.t("catalogue.apply-elsewhere", where.organisation());
        line += " " + (where.how() == null ? texts.t("catalogue.apply-elsewhere.how-not-stated") : where.how());
        return where.link() == null ? line : line + " (" + where.link() + ")";
    }

    /** The flat-rate start as the source gives it; a figure it does not give reads as not stated. */
    String flatRateStart(FlatRateStart start) {
        String amount = start.monthlyEuro() != null ? money(start.monthlyEuro()) + " " + t("catalogue.period.month")
                : start.percentageWml() != null ? t("catalogue.flat-rate.percentage", formats.number(start.percentageWml()))
                : notStated();
        String months = start.months() == null ? notStated() : t("catalogue.flat-rate.months", start.months());
        return t("catalogue.flat-rate", amount, months) + " " + start.note();
    }

    String notStated() {
        return t("catalogue.not-stated");
    }

    String orNotStated(@Nullable String value) {
        return value == null || value.isBlank() ? notStated() : value;
    }

    String money(BigDecimal euro) {
        return formats.moneyCompact(euro);
    }

    String date(@Nullable LocalDate day) {
        return formats.longDate(day);
    }

    String dateTime(Instant moment) {
        return formats.dateTime(moment);
    }

    /** The amount in a few words for lists; a hidden amount says so briefly (the page explains why). */
    String amountShort(@Nullable AmountRule amount, boolean hidden) {
        return hidden || amount == null ? t("catalogue.amount-hidden-short") : amount(amount, false);
    }

    /** The amount in one line, or why there is none. */
    String amount(@Nullable AmountRule amount, boolean hidden) {
        if (hidden || amount == null) {
            return t("catalogue.amount-hidden");
        }
        String period = switch (amount.kind()) {
            case EENMALIG -> t("catalogue.period.once");
            case PER_MAAND -> t("catalogue.period.month");
            case PER_JAAR -> t("catalogue.period.year");
            default -> "";
        };
        return switch (amount.kind()) {
            case NIET_VERMELD -> t(AmountKind.NIET_VERMELD.labelKey());
            case GEEN -> t(AmountKind.GEEN.labelKey());
            case PERCENTAGE_WML -> t("catalogue.money.percentage-wml", plain(amount.percentageWml()));
            case EENMALIG, PER_MAAND, PER_JAAR -> {
                List<String> parts = new ArrayList<>();
                if (amount.euro() != null) {
                    parts.add(money(amount.euro()) + " " + period);
                } else if (amount.minimumEuro() != null && amount.maximumEuro() != null) {
                    parts.add(t("catalogue.money.range", money(amount.minimumEuro()), money(amount.maximumEuro())) + " " + period);
                } else if (amount.maximumEuro() != null) {
                    parts.add(t("catalogue.money.max", money(amount.maximumEuro())) + " " + period);
                }
                for (HoursTier tier : amount.tiers()) {
                    parts.add(money(tier.euro()) + " " + period + " " + tier(tier));
                }
                yield String.join("; ", parts);
            }
        };
    }

    private String tier(HoursTier tier) {
        if (tier.moreThanHours() != null) {
            return t("catalogue.money.tier-more-than", tier.moreThanHours());
        }
        if (tier.fromHours() != null && tier.toHours() != null) {
            return t("catalogue.money.tier-from-to", tier.fromHours(), tier.toHours());
        }
        if (tier.fromHours() != null) {
            return t("catalogue.money.tier-from", tier.fromHours());
        }
        return t("catalogue.money.tier-to", tier.toHours());
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    String duration(@Nullable MaxDuration duration) {
        if (duration == null) {
            return notStated();
        }
        String figure = duration.months() != null ? t("catalogue.duration.months", duration.months())
                : duration.weeks() != null ? t("catalogue.duration.weeks", duration.weeks()) : "";
        if (duration.note() == null || duration.note().isBlank()) {
            return figure;
        }
        return figure.isEmpty() ? duration.note() : figure + " (" + duration.note() + ")";
    }

    /** The conditions as lines: the checkable rules in words, then the source's own text. */
    List<String> conditions(Conditions conditions) {
        List<String> lines = new ArrayList<>();
        if (conditions.minAge() != null && conditions.maxAge() != null) {
            lines.add(t("catalogue.condition.age-between", conditions.minAge(), conditions.maxAge()));
        } else if (conditions.minAge() != null) {
            lines.add(t("catalogue.condition.age-from", conditions.minAge()));
        } else if (conditions.maxAge() != null) {
            lines.add(t("catalogue.condition.age-to", conditions.maxAge()));
        }
        if (!conditions.benefitTypes().isEmpty()) {
            lines.add(t("catalogue.condition.benefit", labels(conditions.benefitTypes())));
        }
        if (conditions.doelgroepregisterRequired()) {
            lines.add(t("catalogue.condition.doelgroepregister"));
        }
        if (conditions.beschutWerkIndicationRequired()) {
            lines.add(t("catalogue.condition.beschut-werk"));
        }
        if (conditions.minContractMonths() != null) {
            lines.add(t("catalogue.condition.contract-months", conditions.minContractMonths()));
        }
        if (conditions.minHoursPerWeek() != null) {
            lines.add(t("catalogue.condition.hours", conditions.minHoursPerWeek()));
        }
        if (conditions.fullOutflowRequired()) {
            lines.add(t("catalogue.condition.full-outflow"));
        }
        if (conditions.text() != null && !conditions.text().isBlank()) {
            lines.add(conditions.text());
        }
        return lines;
    }

    String conditionsText(Conditions conditions) {
        List<String> lines = conditions(conditions);
        return lines.isEmpty() ? notStated() : String.join(" ", lines.stream()
                .map(line -> line.endsWith(".") ? line : line + ".").toList());
    }

    /** Labels of vocabulary values (anything with a {@code labelKey()}), joined. */
    String labels(Collection<?> values) {
        return values.stream().map(this::label).collect(Collectors.joining(", "));
    }

    String label(Object value) {
        return switch (value) {
            case BenefitType benefit -> t(benefit.labelKey());
            case nl.werkbrug.catalogue.Source source -> t(source.labelKey());
            case nl.werkbrug.catalogue.Goal goal -> t(goal.labelKey());
            case nl.werkbrug.catalogue.TargetGroup group -> t(group.labelKey());
            case nl.werkbrug.catalogue.ChainStage stage -> t(stage.labelKey());
            case nl.werkbrug.catalogue.Applicant applicant -> t(applicant.labelKey());
            case nl.werkbrug.catalogue.FundingLine funding -> t(funding.labelKey());
            case nl.werkbrug.catalogue.EmployerNeed need -> t(need.labelKey());
            case nl.werkbrug.catalogue.LocalField field -> t(field.labelKey());
            case LocalDate day -> date(day);
            case Collection<?> many -> labels(many);
            default -> String.valueOf(value);
        };
    }

    /** A reason why an instrument does not apply, with its arguments in words. */
    String reason(Reason reason) {
        return t(reason.key(), reason.arguments().stream().map(this::label).toArray());
    }
}
