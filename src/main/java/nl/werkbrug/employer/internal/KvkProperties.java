package nl.werkbrug.employer.internal;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The KVK Basisprofiel API ({@code werkbrug.kvk.*}). Without an API key the portal uses its local data set of
 * fictitious companies instead.
 *
 * @param apiKey     the key KVK issues ({@code WERKBRUG_KVK_API_KEY}); blank: the fictitious data set
 * @param baseUrl    the API's address; KVK's test environment is {@code https://api.kvk.nl/test/api/v1/}
 * @param timeout    how long registration waits for the answer before the employer types the details
 * @param sbiVersion the SBI edition the register's codes are in
 */
@ConfigurationProperties("werkbrug.kvk")
record KvkProperties(@Nullable String apiKey, @DefaultValue("https://api.kvk.nl/api/v1/") URI baseUrl,
                     @DefaultValue("5s") Duration timeout, @DefaultValue("2025") int sbiVersion) {

    boolean configured() {
        return apiKey != null && !apiKey.isBlank();
    }
}
