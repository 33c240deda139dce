package nl.werkbrug.catalogue.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.catalogue.Bibliography;
import nl.werkbrug.catalogue.Citation;
import nl.werkbrug.catalogue.InstrumentContent;
import nl.werkbrug.catalogue.InstrumentOverride;
import nl.werkbrug.catalogue.LocalField;
import nl.werkbrug.catalogue.Source;
import nl.werkbrug.catalogue.SourceRef;
import nl.werkbrug.shared.Slug;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the catalogue files of a region: {@code <region>/instrumentenkoffer.yaml} (the regional instruments) and
 * {@code <region>/<tenant>/catalogue.yaml} (a municipality's settings, its values for regional instruments and its own
 * instruments). Any problem stops start-up with the file, the entry (code and position) and the field named.
 */
public final class CatalogueFiles {

    public static final String KOFFER = "instrumentenkoffer.yaml";
    public static final String LOCAL = "catalogue.yaml";
    public static final String SOURCES = "bronnen.yaml";

    /** A regional instrument as read from the koffer. */
    public record RegionalEntry(String code, Set<LocalField> localFields, InstrumentContent content) {
    }

    /** A municipality's own instrument. */
    public record LocalEntry(String code, InstrumentContent content) {
    }

    /** A municipality's values for a regional instrument. */
    public record OverrideEntry(String code, InstrumentOverride override) {
    }

    /** A municipality's catalogue settings. */
    public record Settings(boolean hideAmountsFromEmployers, List<SourceRef> sources) {

        public static final Settings DEFAULT = new Settings(false, List.of());
    }

    /** What one municipality's {@code catalogue.yaml} says; without a file only the defaults and the koffer apply. */
    public record TenantCatalogue(@Nullable Path file, Settings settings, List<OverrideEntry> overrides,
                                  List<LocalEntry> instruments) {
    }

    /** Everything the files of a region say. */
    public record RegionCatalogue(Path kofferFile, List<RegionalEntry> koffer, Map<String, TenantCatalogue> tenants,
                                  Bibliography bibliography) {
    }

    record SourcesFile(@NotNull List<@NotNull @Valid Citation> sources) {
    }

    // The typed view of the files; "code" and "localFields" are read from the tree view (see EntryKeys).
    record KofferFile(@Nullable @Valid SettingsFile settings, @NotNull List<@NotNull @Valid InstrumentContent> instruments) {
    }

    record SettingsFile(@Nullable Boolean hideAmountsFromEmployers, @Nullable List<@NotNull @Valid SourceRef> sources) {
    }

    record LocalFile(@Nullable @Valid SettingsFile settings, @Nullable List<@NotNull @Valid InstrumentOverride> overrides,
                     @Nullable List<@NotNull @Valid InstrumentContent> instruments) {
    }

    @JsonIgnoreProperties({"code", "localFields"})
    interface EntryKeys {
    }

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addMixIn(InstrumentContent.class, EntryKeys.class)
            .addMixIn(InstrumentOverride.class, EntryKeys.class)
            .build();
    private final Validator validator;

    public CatalogueFiles(Validator validator) {
        this.validator = validator;
    }

    public RegionCatalogue read(Path directory, String regionId, Collection<String> tenantIds) {
        Path regionDir = directory.resolve(regionId);
        Path kofferFile = regionDir.resolve(KOFFER);
        if (!Files.isRegularFile(kofferFile)) {
            throw new CatalogueFileException(kofferFile, "file is missing (every region needs its instrumentenkoffer)");
        }
        Bibliography bibliography = readBibliography(directory, regionId);
        List<RegionalEntry> koffer = readKoffer(kofferFile, bibliography);
        Map<String, RegionalEntry> byCode = new LinkedHashMap<>();
        koffer.forEach(entry -> byCode.put(entry.code(), entry));
        Map<String, TenantCatalogue> tenants = new LinkedHashMap<>();
        for (String tenant : tenantIds.stream().sorted().toList()) {
            Path file = regionDir.resolve(tenant).resolve(LOCAL);
            tenants.put(tenant, Files.isRegularFile(file) ? readLocal(file, byCode, bibliography)
                    : new TenantCatalogue(null, Settings.DEFAULT, List.of(), List.of()));
        }
        return new RegionCatalogue(kofferFile, koffer, tenants, bibliography);
    }

    /**
     * The region's list of sources, {@code <region>/bronnen.yaml}: every catalogue entry refers to its keys. A missing
     * file, a key used twice or a file name where a title belongs stops start-up.
     */
    public Bibliography readBibliography(Path directory, String regionId) {
        Path file = directory.resolve(regionId).resolve(SOURCES);
        if (!Files.isRegularFile(file)) {
            throw new CatalogueFileException(file, "file is missing (every region needs its list of sources)");
        }
        String text = text(file);
        JsonNode tree = tree(file, text);
        SourcesFile typed = valid(file, text, tree, SourcesFile.class);
        Set<String> keys = new HashSet<>();
        for (Citation citation : typed.sources()) {
            if (!keys.add(citation.key())) {
                throw new CatalogueFileException(file, "source '" + citation.key() + "' is listed twice");
            }
            if (Bibliography.looksLikeFileName(citation.title()) || Bibliography.looksLikeFileName(citation.publisher())) {
                throw new CatalogueFileException(file, "source '" + citation.key()
                        + "': title and publisher are what a reader looks up, not a file name (keep that in 'file')");
            }
        }
        return new Bibliography(typed.sources());
    }

    private List<RegionalEntry> readKoffer(Path file, Bibliography bibliography) {
        String text = text(file);
        JsonNode tree = tree(file, text);
        KofferFile typed = valid(file, text, tree, KofferFile.class);
        // The region's decision to hide amounts (Twente: the Werkplein koffer, seed 003 Bijlage 2) covers the region's
        // own instruments; statutory and national ones (source wettelijk, uwv, belasting) have public amounts.
        boolean regionHides = typed.settings() != null && Boolean.TRUE.equals(typed.settings().hideAmountsFromEmployers());
        List<SourceRef> decision = typed.settings() == null || typed.settings().sources() == null ? List.of()
                : List.copyOf(typed.settings().sources());
        if (regionHides && decision.isEmpty()) {
            throw new CatalogueFileException(file, "field 'settings.sources': name the source of the decision to hide amounts");
        }
        checkSettingsSources(file, decision, bibliography);
        List<RegionalEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < typed.instruments().size(); i++) {
            JsonNode node = tree.path("instruments").path(i);
            String entry = entryLabel(node, "instruments", i);
            Where where = new Where(file, text, "instruments", i, entry);
            String code = code(where, node, seen);
            Set<LocalField> localFields = localFields(where, node);
            InstrumentContent content = typed.instruments().get(i);
            check(where, content, bibliography);
            if (regionHides && content.source() == Source.REGIONAAL) {
                content = content.withAmountsHiddenBy(decision);
            }
            entries.add(new RegionalEntry(code, localFields, content));
        }
        return entries;
    }

    private TenantCatalogue readLocal(Path file, Map<String, RegionalEntry> koffer, Bibliography bibliography) {
        String text = text(file);
        JsonNode tree = tree(file, text);
        LocalFile typed = valid(file, text, tree, LocalFile.class);
        Settings settings = typed.settings() == null ? Settings.DEFAULT
                : new Settings(Boolean.TRUE.equals(typed.settings().hideAmountsFromEmployers()),
                typed.settings().sources() == null ? List.of() : List.copyOf(typed.settings().sources()));
        checkSettingsSources(file, settings.sources(), bibliography);

        List<OverrideEntry> overrides = new ArrayList<>();
        Set<String> seenOverrides = new HashSet<>();
        List<InstrumentOverride> typedOverrides = typed.overrides() == null ? List.of() : typed.overrides();
        for (int i = 0; i < typedOverrides.size(); i++) {
            JsonNode node = tree.path("overrides").path(i);
            String entry = entryLabel(node, "overrides", i);
            Where where = new Where(file, text, "overrides", i, entry);
            String code = code(where, node, seenOverrides);
            RegionalEntry regional = koffer.get(code);
            if (regional == null) {
                throw where.problem("code", "'" + code
                        + "' is not an instrument of the instrumentenkoffer; local instruments belong under 'instruments'");
            }
            InstrumentOverride override = typedOverrides.get(i);
            Set<LocalField> notAllowed = EnumSet.noneOf(LocalField.class);
            notAllowed.addAll(override.fieldsSet());
            notAllowed.removeAll(regional.localFields());
            if (!notAllowed.isEmpty()) {
                throw where.problem(notAllowed.iterator().next().field(),
                        "the region does not let municipalities set this for '" + code + "' (allowed: "
                        + (regional.localFields().isEmpty() ? "none" : regional.localFields().stream()
                        .map(LocalField::field).collect(Collectors.joining(", "))) + ")");
            }
            if (override.fieldsSet().isEmpty()) {
                throw where.problem("", "sets no field; remove it or set one of: "
                        + regional.localFields().stream().map(LocalField::field).collect(Collectors.joining(", ")));
            }
            checkSources(where, override.sources(), bibliography);
            List<FieldProblem> overrideProblems = override.problems();
            if (!overrideProblems.isEmpty()) {
                throw where.problem(overrideProblems.getFirst());
            }
            overrides.add(new OverrideEntry(code, override));
        }

        List<LocalEntry> instruments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<InstrumentContent> typedInstruments = typed.instruments() == null ? List.of() : typed.instruments();
        for (int i = 0; i < typedInstruments.size(); i++) {
            JsonNode node = tree.path("instruments").path(i);
            String entry = entryLabel(node, "instruments", i);
            Where where = new Where(file, text, "instruments", i, entry);
            String code = code(where, node, seen);
            if (koffer.containsKey(code)) {
                throw where.problem("code", "'" + code
                        + "' is an instrument of the instrumentenkoffer; set local values under 'overrides'");
            }
            if (node.has("localFields")) {
                throw where.problem("localFields", "only regional instruments have it");
            }
            InstrumentContent content = typedInstruments.get(i);
            check(where, content, bibliography);
            instruments.add(new LocalEntry(code, content));
        }
        return new TenantCatalogue(file, settings, overrides, instruments);
    }

    /** An entry of a file, to name in a problem: file, entry (code and position), field and line. */
    private record Where(Path file, String text, String list, int index, String entry) {

        CatalogueFileException problem(String field, String message) {
            return new CatalogueFileException(file, entry + (field.isEmpty() ? "" : ", field '" + field + "'") + ": "
                    + message + lineSuffix(YamlLines.line(text, list, index, field)));
        }

        /** A rule of the domain, in the English text of its message key: start-up errors are read by developers. */
        CatalogueFileException problem(FieldProblem problem) {
            String pattern = ENGLISH.containsKey(problem.messageKey()) ? ENGLISH.getString(problem.messageKey()) : problem.messageKey();
            return problem(problem.field(), new java.text.MessageFormat(pattern, java.util.Locale.ENGLISH)
                    .format(problem.args().toArray()) + " [" + problem.messageKey() + "]");
        }
    }

    private static final java.util.ResourceBundle ENGLISH =
            java.util.ResourceBundle.getBundle("vaadin-i18n/translations", java.util.Locale.ENGLISH);

    private static String lineSuffix(java.util.OptionalInt line) {
        return line.isPresent() ? " (line " + line.getAsInt() + ")" : "";
    }

    private static void check(Where where, InstrumentContent content, Bibliography bibliography) {
        List<FieldProblem> problems = content.problems();
        if (!problems.isEmpty()) {
            throw where.problem(problems.getFirst());
        }
        checkSources(where, content.sources(), bibliography);
    }

    /** At least one source, each a key of the region's list of sources. */
    private static void checkSources(Where where, List<SourceRef> sources, Bibliography bibliography) {
        if (sources.isEmpty()) {
            throw where.problem("sources", "name at least one source (a key of " + SOURCES + ")");
        }
        for (int i = 0; i < sources.size(); i++) {
            if (!bibliography.hasKey(sources.get(i).file())) {
                throw where.problem("sources[" + i + "].ref", unknownSource(sources.get(i), bibliography));
            }
        }
    }

    private static String unknownSource(SourceRef source, Bibliography bibliography) {
        return "'" + source.file() + "' is not a key of " + SOURCES + bibliography.find(source.file())
                .map(citation -> " (it is the file of '" + citation.key() + "'; name that key)").orElse("");
    }

    private static String entryLabel(JsonNode node, String list, int index) {
        JsonNode code = node.get("code");
        return (code != null && code.isString() ? "entry '" + code.asString() + "' " : "entry ")
                + "(" + list + "[" + index + "])";
    }

    private static String code(Where where, JsonNode node, Set<String> seen) {
        JsonNode code = node.get("code");
        if (code == null || !code.isString() || code.asString().isBlank()) {
            throw where.problem("code", "is required");
        }
        String value = code.asString();
        if (!Slug.isValid(value)) {
            throw where.problem("code", "'" + value + "' must be a slug of 2-40 lower-case letters, digits or '-'");
        }
        if (!seen.add(value)) {
            throw where.problem("code", "'" + value + "' is used twice in this file");
        }
        return value;
    }

    private static Set<LocalField> localFields(Where where, JsonNode node) {
        JsonNode fields = node.get("localFields");
        if (fields == null || fields.isNull()) {
            throw where.problem("localFields", "is required (use [] when a municipality may set nothing)");
        }
        Set<LocalField> result = EnumSet.noneOf(LocalField.class);
        for (int i = 0; i < fields.size(); i++) {
            try {
                result.add(LocalField.fromField(fields.get(i).asString()));
            } catch (IllegalArgumentException e) {
                throw where.problem("localFields[" + i + "]", e.getMessage());
            }
        }
        return result;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new CatalogueFileException(file, "cannot be read: " + e.getMessage());
        }
    }

    private JsonNode tree(Path file, String text) {
        try {
            JsonNode tree = yaml.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new CatalogueFileException(file, "file is empty");
            }
            return tree;
        } catch (JacksonException e) {
            throw new CatalogueFileException(file, "not valid YAML: " + e.getOriginalMessage() + lineOf(e));
        }
    }

    private <T> T typed(Path file, String text, JsonNode tree, Class<T> type) {
        try {
            return yaml.readValue(text, type);
        } catch (DatabindException e) {
            List<String> parts = e.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .toList();
            if (parts.size() >= 2 && List.of("instruments", "overrides").contains(parts.get(0)) && parts.get(1).startsWith("[")) {
                int index = Integer.parseInt(parts.get(1).substring(1, parts.get(1).length() - 1));
                throw new Where(file, text, parts.get(0), index, entryLabel(tree.path(parts.get(0)).path(index), parts.get(0), index))
                        .problem(fieldPath(parts.subList(2, parts.size())), e.getOriginalMessage());
            }
            String field = fieldPath(parts);
            throw new CatalogueFileException(file, (field.isEmpty() ? "" : "field '" + field + "': ")
                    + e.getOriginalMessage() + lineOf(e));
        } catch (JacksonException e) {
            throw new CatalogueFileException(file, "not valid YAML: " + e.getOriginalMessage() + lineOf(e));
        }
    }

    /** The file as its type, with every Bean Validation problem named (entry, field, line); any problem stops. */
    private <T> T valid(Path file, String text, JsonNode tree, Class<T> type) {
        T typed = typed(file, text, tree, type);
        List<String> problems = validate(typed, tree, text);
        if (!problems.isEmpty()) {
            throw new CatalogueFileException(file, String.join("; ", problems));
        }
        return typed;
    }

    private static void checkSettingsSources(Path file, List<SourceRef> sources, Bibliography bibliography) {
        sources.stream().filter(source -> !bibliography.hasKey(source.file())).findFirst().ifPresent(source -> {
            throw new CatalogueFileException(file, "field 'settings.sources': " + unknownSource(source, bibliography));
        });
    }

    private static String fieldPath(List<String> parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (!part.startsWith("[") && !path.isEmpty()) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }

    /** Bean Validation problems, with the entry of a list element named. */
    private <T> List<String> validate(T value, JsonNode tree, String text) {
        return validator.validate(value).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> describe(tree, text, v))
                .toList();
    }

    private static <T> String describe(JsonNode tree, String text, ConstraintViolation<T> violation) {
        String path = violation.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
        String location = "field '" + path + "'";
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile("^(instruments|overrides)\\[(\\d+)]\\.?(.*)$").matcher(path);
        if (entry.matches()) {
            int index = Integer.parseInt(entry.group(2));
            return entryLabel(tree.path(entry.group(1)).path(index), entry.group(1), index)
                    + (entry.group(3).isEmpty() ? "" : ", field '" + entry.group(3) + "'") + ": " + violation.getMessage()
                    + was(violation) + lineSuffix(YamlLines.line(text, entry.group(1), index, entry.group(3)));
        }
        return location + ": " + violation.getMessage() + was(violation);
    }

    private static String was(ConstraintViolation<?> violation) {
        return violation.getInvalidValue() == null || violation.getInvalidValue() instanceof Collection<?>
                ? "" : " (was '" + violation.getInvalidValue() + "')";
    }

    private static String lineOf(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}
