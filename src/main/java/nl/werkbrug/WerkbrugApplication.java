package nl.werkbrug;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Werkbrug: one portal per labour-market region in which the municipalities carry out the Participatiewet together.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WerkbrugApplication {

    public static void main(String[] args) {
        SpringApplication.run(WerkbrugApplication.class, args);
    }
}
