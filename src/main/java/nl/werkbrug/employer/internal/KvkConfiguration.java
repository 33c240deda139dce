package nl.werkbrug.employer.internal;

import nl.werkbrug.employer.KvkClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The KVK Basisprofiel API when a key is configured, else the local data set of fictitious companies. */
@Configuration(proxyBeanMethods = false)
class KvkConfiguration {

    @Bean
    KvkClient kvkClient(KvkProperties properties) {
        return properties.configured() ? new KvkBasisprofielClient(properties) : new FictitiousKvkRegister();
    }
}
