package nl.werkbrug.employer.internal;

import java.util.Optional;
import java.util.stream.StreamSupport;

import nl.werkbrug.employer.KvkClient;
import nl.werkbrug.employer.KvkCompany;
import nl.werkbrug.shared.KvkNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * The KVK Basisprofiel API ({@code GET basisprofielen/{kvkNummer}} with the key in the {@code apikey} header): the
 * company's name and, of its main establishment, the visiting address and main SBI activity. A company the register
 * does not know, or a register that does not answer in time, gives empty: the employer types the details.
 */
class KvkBasisprofielClient implements KvkClient {

    private static final Logger LOG = LoggerFactory.getLogger(KvkBasisprofielClient.class);

    private final RestClient http;
    private final int sbiVersion;

    KvkBasisprofielClient(KvkProperties properties) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(properties.timeout());
        factory.setReadTimeout(properties.timeout());
        this.http = RestClient.builder().baseUrl(properties.baseUrl().toString()).requestFactory(factory)
                .defaultHeader("apikey", properties.apiKey()).build();
        this.sbiVersion = properties.sbiVersion();
    }

    @Override
    public Optional<KvkCompany> find(KvkNumber number) {
        try {
            JsonNode profile = http.get().uri("basisprofielen/{kvk}", number.value()).retrieve()
                    .onStatus(status -> status.value() == 404, (request, response) -> { })
                    .body(JsonNode.class);
            return profile == null || profile.path("kvkNummer").isMissingNode() ? Optional.empty()
                    : Optional.of(company(number, profile));
        } catch (RestClientException e) {
            LOG.warn("KVK Basisprofiel lookup of {} failed: {}", number, e.getMessage());
            return Optional.empty();
        }
    }

    private KvkCompany company(KvkNumber number, JsonNode profile) {
        JsonNode main = profile.path("_embedded").path("hoofdvestiging");
        JsonNode address = StreamSupport.stream(main.path("adressen").spliterator(), false)
                .filter(candidate -> "bezoekadres".equals(candidate.path("type").asString("")))
                .findFirst().orElse(main.path("adressen").path(0));
        JsonNode activity = StreamSupport.stream(profile.path("sbiActiviteiten").spliterator(), false)
                .filter(candidate -> "Ja".equals(candidate.path("indHoofdactiviteit").asString("")))
                .findFirst().orElse(profile.path("sbiActiviteiten").path(0));
        String houseNumber = (address.path("huisnummer").asString("") + address.path("huisletter").asString("")
                + " " + address.path("huisnummerToevoeging").asString("")).strip();
        String vestiging = main.path("vestigingsnummer").asString("");
        return new KvkCompany(number.value(), vestiging.isBlank() ? null : vestiging, profile.path("naam").asString(""),
                address.path("straatnaam").asString(""), houseNumber, address.path("postcode").asString(""),
                address.path("plaats").asString(""), activity.path("sbiCode").asString(""), sbiVersion);
    }
}
