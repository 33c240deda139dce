package nl.werkbrug.matching;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** The score with the weights of {@code werkbrug.matching.weights} (default: version v1). */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean
    MatchScorer matchScorer(@Value("${werkbrug.matching.weights:classpath:matching/weights-v1.yaml}") Resource weights) {
        return new MatchScorer(MatchWeights.read(weights));
    }
}
