package nl.werkbrug.sroi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The building-block models of this installation's region: every {@code *.yaml} in {@code tenants/<region>/sroi/},
 * read once at start. A malformed file stops start-up naming the file; a block without a value must say why
 * ({@code missing}), so a number the sources do not give is never filled in silently.
 */
@Component
public class SroiModels {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a mark left out (guess, attestation) is false
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final List<SroiModel> models;

    SroiModels(TenantDirectory directory,
               // the tenants folder is tenancy's setting; tenancy keeps its properties internal (as the catalogue does)
               @Value("${werkbrug.tenancy.directory:tenants}") Path tenants) {
        this.models = readFolder(tenants.resolve(directory.region().id()).resolve("sroi"));
    }

    /** Every model version of the region, oldest first. */
    public List<SroiModel> all() {
        return models;
    }

    /** The newest version of the region's model in force on {@code day}. */
    public Optional<SroiModel> inForce(LocalDate day) {
        return models.stream().filter(model -> !model.validFrom().isAfter(day))
                .max(Comparator.comparing(SroiModel::validFrom));
    }

    /** One version of a model by id and version. */
    public Optional<SroiModel> find(String id, String version) {
        return models.stream().filter(model -> model.id().equals(id) && model.version().equals(version)).findFirst();
    }

    /** Reads every {@code *.yaml} of a folder; none (or no folder): no models. */
    public static List<SroiModel> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().map(SroiModels::read)
                    .sorted(Comparator.comparing(SroiModel::validFrom)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the SROI models in " + folder, e);
        }
    }

    /** Reads one model file and checks that every absent value says why. */
    public static SroiModel read(Path file) {
        SroiModel model;
        try {
            model = YAML.readValue(file.toFile(), SroiModel.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("SROI model " + file + ": " + e.getOriginalMessage(), e);
        }
        for (SroiModel.Block block : model.blocks()) {
            if (block.value() == null && block.unit() != SroiModel.Unit.INVOICE_AMOUNT && block.missing() == null) {
                throw new IllegalStateException("SROI model " + file + ", block " + block.code()
                        + ": no value and no 'missing' saying why");
            }
        }
        if (model.threshold().value() == null && model.threshold().missing() == null) {
            throw new IllegalStateException("SROI model " + file + ", threshold: no value and no 'missing' saying why");
        }
        return model;
    }
}
