package nl.werkbrug.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.werkbrug.candidates.internal.CandidateFile;
import nl.werkbrug.candidates.internal.CandidateFileRepository;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymises closed files whose municipality's retention term has passed: every night, per municipality that set a
 * term, in that municipality. A municipality that set none keeps its files (the job says so in the log); each
 * anonymised file is audited through its event.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final CandidateFileRepository files;
    private final TenantDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionJob(CandidateFileRepository files, TenantDirectory directory, PlatformTransactionManager transactions,
                 Clock clock) {
        this.files = files;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${werkbrug.candidates.retention-cron:0 30 2 * * *}", zone = DutchTime.ZONE_ID)
    void nightly() {
        run();
    }

    /** Anonymises what is due in every municipality; answers how many files per municipality. */
    Map<String, Integer> run() {
        Map<String, Integer> anonymised = new LinkedHashMap<>();
        for (Tenant tenant : directory.tenants()) {
            Period term = tenant.casework().retentionAfterClosing();
            if (term == null) {
                log.debug("Retention: {} has set no retention term; its closed files are kept", tenant.id());
                continue;
            }
            anonymised.put(tenant.id(), anonymise(tenant.id(), LocalDate.now(clock).minus(term)));
        }
        anonymised.forEach((tenant, count) -> log.info("Retention: {} closed files of {} anonymised", count, tenant));
        return anonymised;
    }

    /** Anonymises the municipality's files closed before {@code closedBefore}. */
    int anonymise(String tenantId, LocalDate closedBefore) {
        CandidateFile.Acting system = new CandidateFile.Acting("system", directory.region().id(), clock);
        return TenantContext.callAs(tenantId, () -> transaction.execute(status -> {
            var due = files.closedBefore(closedBefore);
            due.forEach(file -> file.anonymise(system));
            files.saveAll(due);
            return due.size();
        }));
    }
}
