package nl.werkbrug.employer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.werkbrug.employer.KvkClient;
import nl.werkbrug.employer.KvkCompany;
import nl.werkbrug.shared.KvkNumber;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The embedded default's Handelsregister: fictitious companies (named "Fictief ...") shaped like the records of KVK's
 * public test environment, read from {@value #FILE}. Used whenever no KVK API key is configured; never a real
 * company.
 */
class FictitiousKvkRegister implements KvkClient {

    static final String FILE = "employer/kvk-fictitious-companies.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Map<String, KvkCompany> companies;

    FictitiousKvkRegister() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            List<KvkCompany> read = YAML.readValue(in, new TypeReference<List<KvkCompany>>() { });
            this.companies = read.stream().collect(Collectors.toUnmodifiableMap(KvkCompany::kvkNumber, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the fictitious KvK data set " + FILE, e);
        }
    }

    @Override
    public Optional<KvkCompany> find(KvkNumber number) {
        return Optional.ofNullable(companies.get(number.value()));
    }
}
