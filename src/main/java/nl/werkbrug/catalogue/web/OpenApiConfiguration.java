package nl.werkbrug.catalogue.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and licence of the public API's OpenAPI document (served at {@code /api/public/openapi.json}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI publicCatalogueApi() {
        return new OpenAPI().info(new Info()
                .title("Werkbrug - openbare instrumentencatalogus")
                .description("De gepubliceerde re-integratie-instrumenten van de arbeidsmarktregio en haar gemeenten, "
                        + "voor de websites van de gemeenten. Zonder inloggen; alleen instrumenten die vandaag worden "
                        + "aangeboden. Bedragen ontbreken waar een gemeente ze niet aan werkgevers toont.")
                .version("1")
                .license(new License().name("EUPL-1.2").url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")));
    }
}
