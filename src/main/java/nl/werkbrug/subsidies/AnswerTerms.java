package nl.werkbrug.subsidies;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The term a municipality gives the employer to answer a question (Awb 4:5 asks for a "redelijke termijn" and names
 * no figure): {@code werkbrug.subsidies.answer-term} (default two weeks, ISO-8601 period) and per municipality
 * {@code werkbrug.subsidies.answer-term-by-tenant.<tenant>}. A setting, not a norm from the sources.
 */
@Component
class AnswerTerms {

    static final Period DEFAULT = Period.ofWeeks(2);

    private final Period fallback;
    private final Map<String, Period> byTenant;

    AnswerTerms(Environment environment) {
        Binder binder = Binder.get(environment);
        this.fallback = binder.bind("werkbrug.subsidies.answer-term", Period.class).orElse(DEFAULT);
        this.byTenant = Map.copyOf(binder.bind("werkbrug.subsidies.answer-term-by-tenant",
                Bindable.mapOf(String.class, Period.class)).orElse(Map.of()));
        if (fallback.isNegative() || fallback.isZero() || byTenant.values().stream().anyMatch(term -> term.isNegative() || term.isZero())) {
            throw new IllegalStateException("An answer term must be positive");
        }
    }

    Period forTenant(String tenantId) {
        return byTenant.getOrDefault(tenantId, fallback);
    }
}
