package nl.werkbrug.demo;

import java.time.Clock;
import java.time.LocalDate;

import nl.werkbrug.candidates.CaseloadImport;
import nl.werkbrug.tenancy.CaseworkSettings;
import nl.werkbrug.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Gives each demo municipality its synthetic caseload (see {@link CaseloadGenerator}), so the demo consultants land
 * on a full workspace. Idempotent: a municipality that already has demo files ({@value CaseloadGenerator#PREFIX}…)
 * is skipped. Runs as the system, after the demo users exist.
 */
@Component
@ConditionalOnBooleanProperty("werkbrug.demo-data.enabled")
class DemoCaseloads {

    private final boolean enabled;

    /** The contact interval the generator assumes where a municipality set none. */
    private static final int DEFAULT_CONTACT_WEEKS = 8;

    private static final Logger log = LoggerFactory.getLogger(DemoCaseloads.class);

    private final CaseloadImport imports;
    private final TenantDirectory directory;
    private final Clock clock;
    private final CaseloadGenerator generator = new CaseloadGenerator();

    /**
     * @param enabled {@code werkbrug.demo-data.caseloads}: false leaves the demo users with empty caseloads (test
     *                contexts that never open a file skip the seconds the import takes)
     */
    DemoCaseloads(CaseloadImport imports, TenantDirectory directory, Clock clock,
                  @Value("${werkbrug.demo-data.caseloads:true}") boolean enabled) {
        this.enabled = enabled;
        this.imports = imports;
        this.directory = directory;
        this.clock = clock;
    }

    void seed() {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        int imported = 0;
        for (CaseloadGenerator.Municipality municipality : CaseloadGenerator.MUNICIPALITIES) {
            var tenant = directory.find(municipality.tenantId());
            if (tenant.isEmpty() || imports.hasFiles(municipality.tenantId(), CaseloadGenerator.PREFIX)) {
                continue;
            }
            CaseworkSettings settings = tenant.get().casework();
            int weeks = settings.contactIntervalWeeks() == null ? DEFAULT_CONTACT_WEEKS : settings.contactIntervalWeeks();
            imported += imports.importFiles(municipality.tenantId(), "demo", CaseloadGenerator.PREFIX,
                    generator.generate(municipality, today, weeks));
        }
        if (imported > 0) {
            log.info("Demo data: {} candidate files in {} municipalities imported in {} ms", imported,
                    CaseloadGenerator.MUNICIPALITIES.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
