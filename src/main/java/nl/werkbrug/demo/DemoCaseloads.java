package nl.werkbrug.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import nl.werkbrug.candidates.CaseloadImport;
import nl.werkbrug.dashboards.ImportedFacts;
import nl.werkbrug.pool.Audience;
import nl.werkbrug.pool.ConsentBasis;
import nl.werkbrug.pool.PoolImport;
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

    /**
     * Demo choices, not figures from the sources (none gives how many candidates consent to a regional pool): about
     * a third of the open files join the pool for the region's consultants, and of those about two thirds for
     * employers too, each consent recorded on a day within the last 80 days (so some of Enschede's, with its 60-day
     * term, are due for confirmation).
     */
    private static final double POOL_SHARE = 0.33;
    private static final double EMPLOYER_SHARE = 0.66;
    private static final int CONSENT_DAYS_BACK = 80;

    private final CaseloadImport imports;
    private final ImportedFacts facts;
    private final PoolImport pool;
    private final TenantDirectory directory;
    private final Clock clock;
    private final CaseloadGenerator generator = new CaseloadGenerator();

    /**
     * @param enabled {@code werkbrug.demo-data.caseloads}: false leaves the demo users with empty caseloads (test
     *                contexts that never open a file skip the seconds the import takes)
     */
    DemoCaseloads(CaseloadImport imports, PoolImport pool, TenantDirectory directory, Clock clock,
                  @Value("${werkbrug.demo-data.caseloads:true}") boolean enabled, ImportedFacts facts) {
        this.facts = facts;
        this.enabled = enabled;
        this.imports = imports;
        this.pool = pool;
        this.directory = directory;
        this.clock = clock;
    }

    /** A seeded share of the municipality's open demo files, with the consents of a regional pool. */
    private List<PoolImport.ImportedConsent> consents(String tenantId, LocalDate today) {
        Random random = new Random(tenantId.hashCode());
        List<PoolImport.ImportedConsent> consents = new ArrayList<>();
        for (long fileId : imports.openFiles(tenantId, CaseloadGenerator.PREFIX)) {
            if (random.nextDouble() >= POOL_SHARE) {
                continue;
            }
            Set<Audience> audiences = random.nextDouble() < EMPLOYER_SHARE
                    ? Set.of(Audience.REGION_CONSULTANTS, Audience.EMPLOYERS) : Set.of(Audience.REGION_CONSULTANTS);
            consents.add(new PoolImport.ImportedConsent(fileId, audiences, "Bemiddeling naar werk in de regio Twente",
                    ConsentBasis.SCHRIFTELIJK, "demo", today.minusDays(random.nextInt(CONSENT_DAYS_BACK))));
        }
        return consents;
    }

    void seed() {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        int imported = 0;
        int pooled = 0;
        long poolMillis = 0;
        int recorded = 0;
        long factsMillis = 0;
        for (CaseloadGenerator.Municipality municipality : CaseloadGenerator.MUNICIPALITIES) {
            var tenant = directory.find(municipality.tenantId());
            if (tenant.isEmpty() || imports.hasFiles(municipality.tenantId(), CaseloadGenerator.PREFIX)) {
                continue;
            }
            CaseworkSettings settings = tenant.get().casework();
            int weeks = settings.contactIntervalWeeks() == null ? DEFAULT_CONTACT_WEEKS : settings.contactIntervalWeeks();
            imported += imports.importFiles(municipality.tenantId(), "demo", CaseloadGenerator.PREFIX,
                    generator.generate(municipality, today, weeks));
            long poolStarted = System.nanoTime();
            int joined = pool.join(municipality.tenantId(), "demo", consents(municipality.tenantId(), today));
            poolMillis += (System.nanoTime() - poolStarted) / 1_000_000;
            pooled += joined;
            long factsStarted = System.nanoTime();
            recorded += facts.record(municipality.tenantId(), imports.history(municipality.tenantId(),
                    CaseloadGenerator.PREFIX).stream().map(dated -> new ImportedFacts.DatedEvent(dated.on(),
                    dated.event())).toList());
            factsMillis += (System.nanoTime() - factsStarted) / 1_000_000;
        }
        if (imported > 0) {
            log.info("Demo data: {} candidate files in {} municipalities imported in {} ms", imported,
                    CaseloadGenerator.MUNICIPALITIES.size(), (System.nanoTime() - started) / 1_000_000);
            log.info("Demo data: {} of them joined the regional pool in {} ms", pooled, poolMillis);
            log.info("Demo data: {} facts of their entries recorded for the dashboards in {} ms", recorded, factsMillis);
        }
    }
}
