package nl.werkbrug.tenancy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.werkbrug.shared.Slug;
import nl.werkbrug.tenancy.Brand;
import nl.werkbrug.tenancy.BrandColour;
import nl.werkbrug.tenancy.CaseworkSettings;
import nl.werkbrug.tenancy.PoolSettings;
import nl.werkbrug.tenancy.ReferralSettings;
import nl.werkbrug.tenancy.Region;
import nl.werkbrug.tenancy.ServicePoint;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a region and its municipalities from {@code <directory>/<region>/region.yaml} and
 * {@code <directory>/<region>/<tenant>/tenant.yaml}. Any problem stops start-up with the file and field named.
 */
final class TenantFiles {

    record RegionFile(@NotBlank String name, @NotBlank String description) {
    }

    static final String SERVICE_POINTS = "werkgeversservicepunten.yaml";

    record ServicePointsFile(@NotNull List<@NotNull @Valid ServicePointFile> servicePoints) {
    }

    record ServicePointFile(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "moet een sleutel van kleine letters, cijfers en '-' zijn") String key,
                            @NotBlank String name,
                            @NotNull @Valid SourceFile source,
                            @Nullable List<@NotBlank String> municipalities,
                            @Nullable @Valid ContactFile contact) {
    }

    record SourceFile(@NotBlank String ref, @Nullable String section) {
    }

    record ContactFile(@Nullable @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "moet een telefoonnummer zijn") String phone,
                       @Nullable @Email(message = "moet een e-mailadres zijn") String email,
                       @Nullable String address,
                       @Nullable @Pattern(regexp = "https://\\S+", message = "moet een https-adres zijn") String website) {
    }

    private static final String COLOUR = "#[0-9a-fA-F]{6}";
    private static final String COLOUR_MESSAGE = "moet een kleur #rrggbb zijn";

    record BrandFile(@NotBlank String logoText,
                     @NotNull @Pattern(regexp = COLOUR, message = COLOUR_MESSAGE) String primary,
                     @NotNull @Pattern(regexp = COLOUR, message = COLOUR_MESSAGE) String textOnPrimary,
                     @NotNull @Pattern(regexp = COLOUR, message = COLOUR_MESSAGE) String accent,
                     @Nullable @Pattern(regexp = "[a-z0-9][a-z0-9_-]*\\.(svg|png)",
                             message = "moet een bestandsnaam (.svg of .png) naast tenant.yaml zijn") String logoImage) {
    }

    record TenantFile(@NotBlank String name,
                      @NotBlank String shortName,
                      @NotNull @Pattern(regexp = "GM\\d{4}", message = "moet een CBS-gemeentecode zijn: GM en vier cijfers") String cbsCode,
                      @NotEmpty List<@NotBlank @Pattern(regexp = "[a-z0-9.-]+", message = "moet een hostnaam in kleine letters zijn") String> hosts,
                      @NotNull @Pattern(regexp = "nl|en", message = "moet nl of en zijn") String defaultLanguage,
                      @NotBlank String executingOrganisation,
                      @NotNull @Valid BrandFile brand,
                      @Nullable @Valid CaseworkFile casework,
                      @Nullable @Valid PoolFile pool,
                      @Nullable @Valid ReferralFile referrals) {
    }

    record ReferralFile(@Nullable @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 60, message = "moet hoogstens 60 zijn") Integer employerReplyWorkingDays) {
    }

    record PoolFile(@Nullable @Min(value = 7, message = "moet minstens 7 zijn") @Max(value = 730, message = "moet hoogstens 730 zijn") Integer confirmAfterDays,
                    @Nullable @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 90, message = "moet hoogstens 90 zijn") Integer introductionExpiresDays,
                    @Nullable @Valid QuotaFile quotas) {

        PoolSettings settings() {
            return new PoolSettings(confirmAfterDays, introductionExpiresDays,
                    quotas == null ? PoolSettings.Quotas.REGION : quotas.settings());
        }
    }

    record QuotaFile(@Nullable @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 100000, message = "moet hoogstens 100000 zijn") Integer consultantViewsPerDay,
                     @Nullable @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 1000000, message = "moet hoogstens 1000000 zijn") Integer municipalityViewsPerDay,
                     @Nullable @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 100000, message = "moet hoogstens 100000 zijn") Integer searchesPerDay) {

        PoolSettings.Quotas settings() {
            return new PoolSettings.Quotas(consultantViewsPerDay, municipalityViewsPerDay, searchesPerDay);
        }
    }

    record CaseworkFile(@Nullable @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 500, message = "moet hoogstens 500 zijn") Integer caseloadNormPerFte,
                        @Nullable @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 104, message = "moet hoogstens 104 zijn") Integer contactIntervalWeeks,
                        @Nullable @Pattern(regexp = "P[0-9]+[YM]", message = "moet een ISO-8601-periode in jaren of maanden zijn, bijv. P5Y") String retentionAfterClosing) {

        CaseworkSettings settings() {
            return new CaseworkSettings(caseloadNormPerFte, contactIntervalWeeks,
                    retentionAfterClosing == null ? null : Period.parse(retentionAfterClosing));
        }
    }

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final Validator validator;

    TenantFiles(Validator validator) {
        this.validator = validator;
    }

    TenantDirectory read(Path directory, String regionId) {
        Path regionDir = directory.resolve(regionId);
        Path regionFile = regionDir.resolve("region.yaml");
        if (!Files.isRegularFile(regionFile)) {
            throw new TenantFileException(regionFile, "file is missing (the region '" + regionId + "' is configured)");
        }
        RegionFile region = parse(regionFile, RegionFile.class);
        List<Tenant> tenants = new ArrayList<>();
        for (Path tenantDir : subFolders(regionDir)) {
            Path file = tenantDir.resolve("tenant.yaml");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String id = tenantDir.getFileName().toString();
            if (!Slug.isValid(id)) {
                throw new TenantFileException(file, "folder name '" + id + "' must be a slug (lower-case letters, digits, '-')");
            }
            TenantFile tenant = parse(file, TenantFile.class);
            tenants.add(new Tenant(id, tenant.name(), tenant.shortName(), tenant.cbsCode(), regionId,
                    tenant.hosts().stream().map(host -> host.toLowerCase(Locale.ROOT)).toList(),
                    Locale.forLanguageTag(tenant.defaultLanguage()), tenant.executingOrganisation(),
                    brand(file, tenant.brand()),
                    tenant.casework() == null ? CaseworkSettings.NONE : tenant.casework().settings(),
                    tenant.pool() == null ? PoolSettings.NONE : tenant.pool().settings(),
                    tenant.referrals() == null ? ReferralSettings.NONE
                            : new ReferralSettings(tenant.referrals().employerReplyWorkingDays())));
        }
        if (tenants.isEmpty()) {
            throw new TenantFileException(regionDir, "no municipality folder with a tenant.yaml");
        }
        rejectDuplicates(regionDir, tenants);
        return new TenantDirectory(new Region(regionId, region.name(), region.description()), tenants,
                servicePoints(regionDir.resolve(SERVICE_POINTS), tenants));
    }

    /**
     * The region's werkgeversservicepunten (optional file). Every municipality named must be one of the region's, none
     * may be served by two points, and at most one point serves "the rest of the region".
     */
    private List<ServicePoint> servicePoints(Path file, List<Tenant> tenants) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<ServicePoint> points = new ArrayList<>();
        List<String> served = new ArrayList<>();
        for (ServicePointFile point : parse(file, ServicePointsFile.class).servicePoints()) {
            List<String> municipalities = point.municipalities() == null ? List.of() : point.municipalities();
            for (String municipality : municipalities) {
                if (tenants.stream().noneMatch(tenant -> tenant.id().equals(municipality))) {
                    throw new TenantFileException(file, "service point '" + point.key() + "': '" + municipality
                            + "' is not a municipality of this region");
                }
                if (served.contains(municipality)) {
                    throw new TenantFileException(file, "service point '" + point.key() + "': '" + municipality
                            + "' is served by another point too");
                }
                served.add(municipality);
            }
            if (municipalities.isEmpty() && points.stream().anyMatch(ServicePoint::regionWide)) {
                throw new TenantFileException(file, "service point '" + point.key()
                        + "': only one point may leave out 'municipalities' (the one for the rest of the region)");
            }
            ContactFile contact = point.contact() == null ? new ContactFile(null, null, null, null) : point.contact();
            points.add(new ServicePoint(point.key(), point.name(), point.source().ref(), point.source().section(),
                    municipalities, blankToNull(contact.phone()), blankToNull(contact.email()),
                    blankToNull(contact.address()), blankToNull(contact.website())));
        }
        return points;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The brand of a tenant file; colours that fail WCAG AA contrast or a missing logo stop start-up. */
    private static Brand brand(Path file, BrandFile brand) {
        Path logo = brand.logoImage() == null ? null : file.resolveSibling(brand.logoImage());
        if (logo != null && !Files.isRegularFile(logo)) {
            throw new TenantFileException(file, "field 'brand.logoImage': " + logo + " does not exist");
        }
        Brand result = new Brand(brand.logoText(), new BrandColour(brand.primary()), new BrandColour(brand.textOnPrimary()),
                new BrandColour(brand.accent()), logo);
        List<String> problems = result.problems().stream()
                .map(problem -> "field 'brand." + problem.field() + "': " + problem.problem()).toList();
        if (!problems.isEmpty()) {
            throw new TenantFileException(file, String.join("; ", problems));
        }
        return result;
    }

    private <T> T parse(Path file, Class<T> type) {
        T value;
        try {
            value = yaml.readValue(Files.readString(file), type);
        } catch (DatabindException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw new TenantFileException(file, (field.isEmpty() ? "" : "field '" + field + "': ") + e.getOriginalMessage()
                    + lineOf(e));
        } catch (JacksonException e) {
            throw new TenantFileException(file, "not valid YAML: " + e.getOriginalMessage() + lineOf(e));
        } catch (IOException e) {
            throw new TenantFileException(file, "cannot be read: " + e.getMessage());
        }
        if (value == null) {
            throw new TenantFileException(file, "file is empty");
        }
        List<String> problems = validator.validate(value).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> "field '" + v.getPropertyPath() + "' " + v.getMessage()
                        + (v.getInvalidValue() == null ? "" : " (was '" + v.getInvalidValue() + "')"))
                .toList();
        if (!problems.isEmpty()) {
            throw new TenantFileException(file, String.join("; ", problems));
        }
        return value;
    }

    private static String lineOf(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    private static List<Path> subFolders(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new TenantFileException(dir, "cannot be listed: " + e.getMessage());
        }
    }

    private static void rejectDuplicates(Path regionDir, List<Tenant> tenants) {
        List<String> seen = new ArrayList<>();
        for (Tenant tenant : tenants) {
            if (seen.contains(tenant.cbsCode())) {
                throw new TenantFileException(regionDir.resolve(tenant.id()).resolve("tenant.yaml"),
                        "field 'cbsCode': " + tenant.cbsCode() + " is used by another municipality too");
            }
            seen.add(tenant.cbsCode());
            for (Tenant other : tenants) {
                if (other != tenant && other.hosts().stream().anyMatch(tenant.hosts()::contains)) {
                    throw new TenantFileException(regionDir.resolve(tenant.id()).resolve("tenant.yaml"),
                            "field 'hosts': a host name is used by '" + other.id() + "' too");
                }
            }
        }
    }
}
