package nl.werkbrug.subsidies.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import nl.werkbrug.subsidies.Loonkostensubsidie;
import nl.werkbrug.subsidies.MinimumWages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * The minimum wage per period from {@code werkbrug.minimum-wage.hourly.<yyyy-MM-dd>=<amount>} and the youth
 * percentages from {@code werkbrug.minimum-wage.youth.<valid-from>.<age>=<percent>} with their source.
 */
@Configuration
class SubsidyConfiguration {

    @Bean
    MinimumWages minimumWages(Environment environment) {
        Map<String, BigDecimal> configured = Binder.get(environment)
                .bind("werkbrug.minimum-wage.hourly", Bindable.mapOf(String.class, BigDecimal.class))
                .orElseThrow(() -> new IllegalStateException("Configure werkbrug.minimum-wage.hourly.<yyyy-MM-dd>"));
        Map<LocalDate, BigDecimal> hourly = new TreeMap<>();
        configured.forEach((day, amount) -> hourly.put(LocalDate.parse(day), amount));
        Bindable<Map<String, Map<Integer, BigDecimal>>> perDate = Bindable.of(ResolvableType.forClassWithGenerics(Map.class,
                ResolvableType.forClass(String.class), ResolvableType.forClassWithGenerics(Map.class, Integer.class, BigDecimal.class)));
        Map<String, Map<Integer, BigDecimal>> youth = Binder.get(environment).bind("werkbrug.minimum-wage.youth", perDate)
                .orElse(Map.of());
        TreeMap<LocalDate, Map<Integer, BigDecimal>> percentFrom = new TreeMap<>();
        youth.forEach((day, percents) -> percentFrom.put(LocalDate.parse(day), Map.copyOf(percents)));
        String source = environment.getProperty("werkbrug.minimum-wage.youth-source", "");
        if (!percentFrom.isEmpty() && source.isBlank()) {
            throw new IllegalStateException("Name the source of werkbrug.minimum-wage.youth in werkbrug.minimum-wage.youth-source");
        }
        return new MinimumWages(hourly, new MinimumWages.YouthPercentages(percentFrom, source));
    }

    @Bean
    Loonkostensubsidie loonkostensubsidie(MinimumWages minimumWages) {
        return new Loonkostensubsidie(minimumWages);
    }
}
