package nl.werkbrug.catalogue.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.validation.Validator;
import nl.werkbrug.catalogue.InstrumentContent;
import nl.werkbrug.catalogue.InstrumentOverride;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the catalogue files into the database when the portal starts, before it takes requests. Idempotent: an entry
 * whose content equals the last version loaded from the file is left alone; a changed entry gets a new version and
 * the old ones stay. Versions made by tenant admins are kept: the file only wins when the file itself changed.
 * A malformed file stops start-up (see {@link CatalogueFiles}).
 */
@Component
public class CatalogueLoader implements SmartInitializingSingleton {

    /** What a load did; {@code versionsCreated} is 0 when the files did not change since the last load. */
    public record LoadReport(int entriesRead, int versionsCreated, int settingsChanged, long millis) {
    }

    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);
    private static final String ACTOR = "system";

    private final Validator validator;
    private final TenantDirectory directory;
    private final CatalogueStore store;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Path tenantsDirectory;
    private final boolean loadOnStartup;

    CatalogueLoader(Validator validator, TenantDirectory directory, CatalogueStore store, AuditLog auditLog,
                    PlatformTransactionManager transactionManager,
                    // the tenants folder is tenancy's setting (werkbrug.tenancy.directory); tenancy keeps its
                    // properties internal, so the catalogue reads the same key with the same default
                    @Value("${werkbrug.tenancy.directory:tenants}") Path tenantsDirectory,
                    CatalogueProperties properties) {
        this.validator = validator;
        this.directory = directory;
        this.store = store;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactionManager);
        this.tenantsDirectory = tenantsDirectory;
        this.loadOnStartup = properties.loadOnStartup();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (loadOnStartup) {
            load(tenantsDirectory);
        }
    }

    /** Reads the files under {@code directory} and brings the database in line with them. */
    public LoadReport load(Path directory) {
        long started = System.nanoTime();
        CatalogueFiles.RegionCatalogue files = new CatalogueFiles(validator)
                .read(directory, this.directory.region().id(), this.directory.tenants().stream().map(Tenant::id).toList());
        AtomicInteger read = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger settings = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        SystemTask.run(() -> {
            try {
                transaction.executeWithoutResult(status -> {
                    for (CatalogueFiles.RegionalEntry entry : files.koffer()) {
                        read.incrementAndGet();
                        if (syncRegional(entry, files.kofferFile())) {
                            created.incrementAndGet();
                        }
                    }
                });
                files.tenants().forEach((tenant, catalogue) -> TenantContext.runAs(tenant, () ->
                        transaction.executeWithoutResult(status -> {
                            if (syncSettings(tenant, catalogue)) {
                                settings.incrementAndGet();
                            }
                            for (CatalogueFiles.OverrideEntry entry : catalogue.overrides()) {
                                read.incrementAndGet();
                                if (syncOverride(tenant, entry, catalogue.file())) {
                                    created.incrementAndGet();
                                }
                            }
                            for (CatalogueFiles.LocalEntry entry : catalogue.instruments()) {
                                read.incrementAndGet();
                                if (syncLocal(tenant, entry, catalogue.file())) {
                                    created.incrementAndGet();
                                }
                            }
                        })));
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        LoadReport report = new LoadReport(read.get(), created.get(), settings.get(), (System.nanoTime() - started) / 1_000_000);
        log.info("Instrument catalogue loaded from {} in {} ms: {} entries read, {} new versions, {} settings changed",
                directory, report.millis(), report.entriesRead(), report.versionsCreated(), report.settingsChanged());
        return report;
    }

    private boolean syncRegional(CatalogueFiles.RegionalEntry entry, Path file) {
        String hash = CatalogueJson.hash(CatalogueJson.write(entry.content()) + "|"
                + CatalogueJson.write(CatalogueStore.sorted(entry.localFields())));
        RegionalInstrument instrument = store.regionalInstrument(entry.code());
        List<RegionalVersion> versions = store.regionalVersions(instrument);
        if (lastFromFile(versions).map(version -> version.contentHash().equals(hash)).orElse(false)) {
            return false;
        }
        RegionalVersion version = store.addRegionalVersion(instrument, entry.content(), entry.localFields(),
                entry.content().validFrom(), Origin.FILE, hash, note(versions.isEmpty(), file), ACTOR);
        audit(null, entry.code(), version.versionNo(), file);
        return true;
    }

    private boolean syncOverride(String tenant, CatalogueFiles.OverrideEntry entry, @Nullable Path file) {
        InstrumentOverride values = entry.override();
        String hash = CatalogueJson.hash(CatalogueJson.write(values));
        RegionalInstrument instrument = store.findRegionalInstrument(entry.code()).orElseThrow();
        List<OverrideVersion> versions = store.overrideVersions(instrument);
        if (lastFromFile(versions).map(version -> version.contentHash().equals(hash)).orElse(false)) {
            return false;
        }
        OverrideVersion version = store.addOverrideVersion(instrument, values, Origin.FILE, hash,
                note(versions.isEmpty(), file), ACTOR);
        audit(tenant, entry.code(), version.versionNo(), file);
        return true;
    }

    private boolean syncLocal(String tenant, CatalogueFiles.LocalEntry entry, @Nullable Path file) {
        InstrumentContent content = entry.content();
        String hash = CatalogueJson.hash(CatalogueJson.write(content));
        LocalInstrument instrument = store.localInstrument(entry.code());
        List<LocalVersion> versions = store.localVersions(instrument);
        if (lastFromFile(versions).map(version -> version.contentHash().equals(hash)).orElse(false)) {
            return false;
        }
        LocalVersion version = store.addLocalVersion(instrument, content, content.validFrom(), Origin.FILE, hash,
                note(versions.isEmpty(), file), ACTOR);
        audit(tenant, entry.code(), version.versionNo(), file);
        return true;
    }

    private boolean syncSettings(String tenant, CatalogueFiles.TenantCatalogue catalogue) {
        CatalogueFiles.Settings settings = catalogue.settings();
        String hash = CatalogueJson.hash(CatalogueJson.write(settings));
        Optional<CatalogueSetting> current = store.setting();
        if (current.isPresent() && hash.equals(current.get().fileHash())) {
            return false;
        }
        store.saveSetting(settings.hideAmountsFromEmployers(), hash, ACTOR);
        auditLog.record(AuditAction.CATALOGUE_CHANGED, tenant, "catalogus-instellingen",
                "bedragen verbergen voor werkgevers: " + (settings.hideAmountsFromEmployers() ? "ja" : "nee")
                        + " (uit " + (catalogue.file() == null ? "standaardwaarden" : catalogue.file().getFileName()) + ")");
        return true;
    }

    private static <V extends VersionColumns> Optional<V> lastFromFile(List<V> versions) {
        return versions.stream().filter(version -> version.origin() == Origin.FILE)
                .max(java.util.Comparator.comparingInt(VersionColumns::versionNo));
    }

    private static String note(boolean first, @Nullable Path file) {
        String name = file == null ? "" : file.getFileName().toString();
        return first ? "Geladen uit " + name : "Gewijzigd in " + name;
    }

    private void audit(@Nullable String tenant, String code, int versionNo, @Nullable Path file) {
        auditLog.record(AuditAction.CATALOGUE_CHANGED, tenant, "instrument:" + code,
                "versie " + versionNo + " geladen uit " + (file == null ? "?" : file));
    }
}
