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
import org.springframework.core.env.Environment;

/** The minimum wage per period from {@code werkbrug.minimum-wage.hourly.<yyyy-MM-dd>=<amount>}. */
@Configuration
class SubsidyConfiguration {

    @Bean
    MinimumWages minimumWages(Environment environment) {
        Map<String, BigDecimal> configured = Binder.get(environment)
                .bind("werkbrug.minimum-wage.hourly", Bindable.mapOf(String.class, BigDecimal.class))
                .orElseThrow(() -> new IllegalStateException("Configure werkbrug.minimum-wage.hourly.<yyyy-MM-dd>"));
        Map<LocalDate, BigDecimal> hourly = new TreeMap<>();
        configured.forEach((day, amount) -> hourly.put(LocalDate.parse(day), amount));
        return new MinimumWages(hourly);
    }

    @Bean
    Loonkostensubsidie loonkostensubsidie(MinimumWages minimumWages) {
        return new Loonkostensubsidie(minimumWages);
    }
}
