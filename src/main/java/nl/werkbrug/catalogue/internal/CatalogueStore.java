package nl.werkbrug.catalogue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import nl.werkbrug.catalogue.CatalogueEntry;
import nl.werkbrug.catalogue.InstrumentContent;
import nl.werkbrug.catalogue.InstrumentOverride;
import nl.werkbrug.catalogue.InstrumentVersion;
import nl.werkbrug.catalogue.LocalField;
import nl.werkbrug.catalogue.VersionRef;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * Reads and adds catalogue versions for the region and the active municipality. Callers run it inside a transaction
 * (which sets the region and municipality for row-level security) and carry the security checks themselves.
 */
@Component
public class CatalogueStore {

    private final RegionalInstrumentRepository regionalInstruments;
    private final RegionalVersionRepository regionalVersions;
    private final LocalInstrumentRepository localInstruments;
    private final LocalVersionRepository localVersions;
    private final OverrideVersionRepository overrideVersions;
    private final CatalogueSettingRepository settings;
    private final JdbcClient jdbc;
    private final String regionId;
    private final Clock clock;

    CatalogueStore(RegionalInstrumentRepository regionalInstruments, RegionalVersionRepository regionalVersions,
                   LocalInstrumentRepository localInstruments, LocalVersionRepository localVersions,
                   OverrideVersionRepository overrideVersions, CatalogueSettingRepository settings, JdbcClient jdbc,
                   TenantDirectory directory, Clock clock) {
        this.regionalInstruments = regionalInstruments;
        this.regionalVersions = regionalVersions;
        this.localInstruments = localInstruments;
        this.localVersions = localVersions;
        this.overrideVersions = overrideVersions;
        this.settings = settings;
        this.jdbc = jdbc;
        this.regionId = directory.region().id();
        this.clock = clock;
    }

    /** The version that applies on a day: the latest start on or before it; of two with the same start, the newer. */
    static <V extends VersionColumns> Optional<V> effective(Collection<V> versions, LocalDate day) {
        return versions.stream().filter(version -> !version.validFrom().isAfter(day))
                .max(Comparator.comparing(VersionColumns::validFrom).thenComparingInt(VersionColumns::versionNo));
    }

    /** The version that applies on a day or, for an instrument that has not started yet, the newest one. */
    private static <V extends VersionColumns> Optional<V> effectiveOrPlanned(Collection<V> versions, LocalDate day) {
        return effective(versions, day).or(() -> versions.stream().max(Comparator.comparingInt(VersionColumns::versionNo)));
    }

    public boolean hideAmounts() {
        return settings.current().map(CatalogueSetting::hideAmountsFromEmployers).orElse(false);
    }

    /**
     * What the catalogue's entries are made of, as this transaction sees it: per table the number of rows and the sum
     * of their {@code xmin} (every insert, update or delete by anyone, on any node, changes one of them), with the
     * municipality the transaction reads for. Reading it costs one small statement instead of the versions and their
     * JSON.
     */
    private static final String FINGERPRINT = """
            select coalesce(current_setting('app.tenant_id', true), '')
                || '|' || (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from catalogue_regional_instrument)
                || '|' || (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from catalogue_regional_version)
                || '|' || (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from catalogue_local_instrument)
                || '|' || (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from catalogue_local_version)
                || '|' || (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from catalogue_override_version)
                || '|' || (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from catalogue_setting)""";

    /** The last entries built per scope (the region, or a municipality), with the fingerprint and day they hold for. */
    private record Built(String key, List<CatalogueEntry> entries) {
    }

    private final Map<String, Built> built = new ConcurrentHashMap<>();

    /**
     * The entries of a scope from the last build when the catalogue's rows and the day are the same, else built again.
     * Opening a candidate file judges the whole catalogue; without this every view read every version and its JSON.
     */
    private List<CatalogueEntry> cached(String scope, LocalDate day, java.util.function.Supplier<List<CatalogueEntry>> build) {
        String key = jdbc.sql(FINGERPRINT).query(String.class).single() + "|" + day;
        Built last = built.get(scope);
        if (last != null && last.key().equals(key)) {
            return last.entries();
        }
        List<CatalogueEntry> entries = List.copyOf(build.get());
        built.put(scope, new Built(key, entries));
        return entries;
    }

    /** The region's instruments with the region's own values, as they stand on a day. */
    public List<CatalogueEntry> regionalEntries(LocalDate day) {
        return cached("region", day, () -> buildRegionalEntries(day));
    }

    private List<CatalogueEntry> buildRegionalEntries(LocalDate day) {
        Map<Long, List<RegionalVersion>> versions = regionalVersions.findAll().stream()
                .collect(Collectors.groupingBy(RegionalVersion::instrumentId));
        List<CatalogueEntry> entries = new ArrayList<>();
        for (RegionalInstrument instrument : regionalInstruments.findAll()) {
            effectiveOrPlanned(versions.getOrDefault(instrument.id(), List.of()), day).ifPresent(version -> {
                InstrumentContent content = content(version);
                entries.add(new CatalogueEntry(instrument.code(), null, true, content, localFields(version), Set.of(),
                        new VersionRef(true, version.id(), null), version.validFrom(), content.hideAmountsFromEmployers()));
            });
        }
        entries.sort(Comparator.comparing(entry -> entry.content().name().toLowerCase(Locale.ROOT)));
        return entries;
    }

    /** The active municipality's catalogue on a day: the regional instruments with its own values, and its own. */
    public List<CatalogueEntry> tenantEntries(String tenantId, LocalDate day) {
        return cached("municipality:" + tenantId, day, () -> buildTenantEntries(tenantId, day));
    }

    private List<CatalogueEntry> buildTenantEntries(String tenantId, LocalDate day) {
        boolean hideAll = hideAmounts();
        Map<Long, List<OverrideVersion>> overrides = overrideVersions.findAll().stream()
                .collect(Collectors.groupingBy(OverrideVersion::regionalInstrumentId));
        List<CatalogueEntry> entries = new ArrayList<>();
        Map<String, Long> instrumentIds = regionalInstruments.findAll().stream()
                .collect(Collectors.toMap(RegionalInstrument::code, RegionalInstrument::id));
        for (CatalogueEntry regional : buildRegionalEntries(day)) {
            long instrumentId = instrumentIds.get(regional.code());
            Optional<OverrideVersion> local = effective(overrides.getOrDefault(instrumentId, List.of()), day);
            InstrumentContent content = regional.content();
            Set<LocalField> set = Set.of();
            Long overrideId = null;
            LocalDate start = regional.versionStart();
            if (local.isPresent()) {
                InstrumentOverride values = override(local.get());
                Set<LocalField> allowed = EnumSet.noneOf(LocalField.class);
                allowed.addAll(regional.localFields());
                set = values.fieldsSet().stream().filter(allowed::contains).collect(Collectors.toSet());
                content = content.with(only(values, set));
                overrideId = local.get().id();
                start = start.isAfter(local.get().validFrom()) ? start : local.get().validFrom();
            }
            entries.add(new CatalogueEntry(regional.code(), tenantId, true, content, regional.localFields(), set,
                    new VersionRef(true, regional.version().versionId(), overrideId), start,
                    hideAll || content.hideAmountsFromEmployers()));
        }
        Map<Long, List<LocalVersion>> versions = localVersions.findAll().stream()
                .collect(Collectors.groupingBy(LocalVersion::instrumentId));
        for (LocalInstrument instrument : localInstruments.findAll()) {
            effectiveOrPlanned(versions.getOrDefault(instrument.id(), List.of()), day).ifPresent(version -> {
                InstrumentContent content = content(version);
                entries.add(new CatalogueEntry(instrument.code(), tenantId, false, content, Set.of(), Set.of(),
                        new VersionRef(false, version.id(), null), version.validFrom(),
                        hideAll || content.hideAmountsFromEmployers()));
            });
        }
        entries.sort(Comparator.comparing(entry -> entry.content().name().toLowerCase(Locale.ROOT)));
        return entries;
    }

    /** Keeps only the fields the region allows (a regional change may withdraw a permission). */
    private static InstrumentOverride only(InstrumentOverride values, Set<LocalField> allowed) {
        return new InstrumentOverride(
                allowed.contains(LocalField.AMOUNT) ? values.amount() : null,
                allowed.contains(LocalField.MAX_DURATION) ? values.maxDuration() : null,
                allowed.contains(LocalField.CONDITIONS) ? values.conditions() : null,
                allowed.contains(LocalField.REQUEST_DEADLINE) ? values.requestDeadline() : null,
                allowed.contains(LocalField.DECISION_TERM) ? values.decisionTerm() : null,
                allowed.contains(LocalField.REQUIRED_DOCUMENTS) ? values.requiredDocuments() : null,
                allowed.contains(LocalField.PROVIDER) ? values.provider() : null,
                allowed.contains(LocalField.DECIDED_BY) ? values.decidedBy() : null,
                allowed.contains(LocalField.CAPACITY) ? values.capacity() : null,
                allowed.contains(LocalField.FUNDING) ? values.funding() : null,
                allowed.contains(LocalField.HIDE_AMOUNTS) ? values.hideAmountsFromEmployers() : null,
                values.validFrom(), values.sources(),
                allowed.contains(LocalField.FLAT_RATE_START) ? values.flatRateStart() : null);
    }

    /** Every version behind an instrument of the active municipality, newest first. */
    public List<InstrumentVersion> history(String code) {
        List<InstrumentVersion> history = new ArrayList<>();
        regionalInstruments.findByCode(code).ifPresent(instrument -> {
            regionalVersions.findByInstrumentIdOrderByVersionNo(instrument.id()).forEach(version ->
                    history.add(line(version, InstrumentVersion.Kind.REGIONAAL, content(version).validTo())));
            overrideVersions.findByRegionalInstrumentIdOrderByVersionNo(instrument.id()).forEach(version ->
                    history.add(line(version, InstrumentVersion.Kind.LOKALE_WAARDEN, null)));
        });
        localInstruments.findByCode(code).ifPresent(instrument ->
                localVersions.findByInstrumentIdOrderByVersionNo(instrument.id()).forEach(version ->
                        history.add(line(version, InstrumentVersion.Kind.LOKAAL, content(version).validTo()))));
        history.sort(Comparator.comparing(InstrumentVersion::createdAt).thenComparing(InstrumentVersion::id).reversed());
        return history;
    }

    private static InstrumentVersion line(VersionColumns version, InstrumentVersion.Kind kind, @Nullable LocalDate validTo) {
        return new InstrumentVersion(version.id(), kind, version.versionNo(), version.validFrom(), validTo,
                version.origin() == Origin.FILE, version.createdBy(), version.createdAt(), version.changeNote());
    }

    /**
     * The codes of the given entries whose name or descriptions match the words typed, in Dutch full-text search
     * (stemmed, every word as a prefix: "loonkosten" finds "loonkostensubsidie").
     */
    public Set<String> search(Collection<CatalogueEntry> entries, String text) {
        String query = prefixQuery(text);
        if (query.isEmpty() || entries.isEmpty()) {
            return entries.stream().map(CatalogueEntry::code).collect(Collectors.toSet());
        }
        List<Long> regionalIds = entries.stream().filter(CatalogueEntry::regional).map(e -> e.version().versionId()).toList();
        List<Long> localIds = entries.stream().filter(e -> !e.regional()).map(e -> e.version().versionId()).toList();
        Set<Long> regionalHits = hits("catalogue_regional_version", regionalIds, query);
        Set<Long> localHits = hits("catalogue_local_version", localIds, query);
        return entries.stream()
                .filter(e -> (e.regional() ? regionalHits : localHits).contains(e.version().versionId()))
                .map(CatalogueEntry::code).collect(Collectors.toSet());
    }

    private Set<Long> hits(String table, List<Long> ids, String query) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("select id from " + table + " where id in (:ids) "
                        + "and search @@ to_tsquery('dutch', :query)")
                .param("ids", ids).param("query", query).query(Long.class).list());
    }

    /** "loonkosten subsidie" becomes {@code loonkosten:* & subsidie:*}; anything but letters and digits is dropped. */
    static String prefixQuery(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isBlank())
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
    }

    // --- writing versions -------------------------------------------------------------------------------------------

    public RegionalInstrument regionalInstrument(String code) {
        return regionalInstruments.findByCode(code).orElseGet(() -> regionalInstruments.save(new RegionalInstrument(regionId, code)));
    }

    public Optional<RegionalInstrument> findRegionalInstrument(String code) {
        return regionalInstruments.findByCode(code);
    }

    public List<RegionalVersion> regionalVersions(RegionalInstrument instrument) {
        return regionalVersions.findByInstrumentIdOrderByVersionNo(instrument.id());
    }

    public RegionalVersion addRegionalVersion(RegionalInstrument instrument, InstrumentContent content,
                                              Set<LocalField> localFields, LocalDate start, Origin origin,
                                              String hash, String note, String by) {
        int next = regionalVersions(instrument).stream().mapToInt(VersionColumns::versionNo).max().orElse(0) + 1;
        return regionalVersions.save(new RegionalVersion(regionId, instrument.id(), next, VersionText.of(content, start),
                CatalogueJson.write(content), CatalogueJson.write(sorted(localFields)), origin, hash, note, by, clock.instant()));
    }

    public Optional<LocalInstrument> findLocalInstrument(String code) {
        return localInstruments.findByCode(code);
    }

    public LocalInstrument localInstrument(String code) {
        return localInstruments.findByCode(code).orElseGet(() -> localInstruments.save(new LocalInstrument(code)));
    }

    public List<LocalVersion> localVersions(LocalInstrument instrument) {
        return localVersions.findByInstrumentIdOrderByVersionNo(instrument.id());
    }

    public LocalVersion addLocalVersion(LocalInstrument instrument, InstrumentContent content, LocalDate start,
                                        Origin origin, String hash, String note, String by) {
        int next = localVersions(instrument).stream().mapToInt(VersionColumns::versionNo).max().orElse(0) + 1;
        return localVersions.save(new LocalVersion(instrument.id(), next, VersionText.of(content, start),
                CatalogueJson.write(content), origin, hash, note, by, clock.instant()));
    }

    public List<OverrideVersion> overrideVersions(RegionalInstrument instrument) {
        return overrideVersions.findByRegionalInstrumentIdOrderByVersionNo(instrument.id());
    }

    public OverrideVersion addOverrideVersion(RegionalInstrument instrument, InstrumentOverride values, Origin origin,
                                              String hash, String note, String by) {
        int next = overrideVersions(instrument).stream().mapToInt(VersionColumns::versionNo).max().orElse(0) + 1;
        return overrideVersions.save(new OverrideVersion(instrument.id(), next, values.validFrom(),
                CatalogueJson.write(values), origin, hash, note, by, clock.instant()));
    }

    public Optional<CatalogueSetting> setting() {
        return settings.current();
    }

    /** Sets the municipality's settings (one row per municipality); a null {@code fileHash} keeps the stored one. */
    public void saveSetting(boolean hideAmountsFromEmployers, @Nullable String fileHash, String by) {
        Optional<CatalogueSetting> current = setting();
        if (current.isPresent()) {
            current.get().change(hideAmountsFromEmployers, fileHash == null ? current.get().fileHash() : fileHash, by,
                    clock.instant());
        } else {
            settings.save(new CatalogueSetting(hideAmountsFromEmployers, fileHash, by, clock.instant()));
        }
    }

    // --- decoding ---------------------------------------------------------------------------------------------------

    public static InstrumentContent content(VersionColumns version) {
        return CatalogueJson.read(version.content(), InstrumentContent.class);
    }

    public static InstrumentOverride override(OverrideVersion version) {
        return CatalogueJson.read(version.content(), InstrumentOverride.class);
    }

    public static Set<LocalField> localFields(RegionalVersion version) {
        Set<LocalField> fields = EnumSet.noneOf(LocalField.class);
        fields.addAll(CatalogueJson.read(version.localFields(), new TypeReference<List<LocalField>>() { }));
        return fields;
    }

    static List<LocalField> sorted(Set<LocalField> fields) {
        return fields.stream().sorted().toList();
    }
}
