package nl.werkbrug.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.pool.internal.ProfileProjection;
import nl.werkbrug.pool.internal.ProfileStore;
import nl.werkbrug.tenancy.PoolSettings;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consents taken over from elsewhere (the demo caseloads, a migration from a municipality's own pool): each file
 * joins the pool with its consents in one transaction per municipality, audited once as a whole.
 */
@Service
public class PoolImport {

    /** A file's consents as recorded elsewhere, all given on one day. */
    public record ImportedConsent(long fileId, Set<Audience> audiences, String purpose, ConsentBasis basis,
                                  String recordedBy, LocalDate on) {

        public ImportedConsent {
            audiences = Set.copyOf(audiences);
        }
    }

    private final ProfileStore store;
    private final ProfileProjection projection;
    private final TenantDirectory directory;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PoolImport(ProfileStore store, ProfileProjection projection, TenantDirectory directory, AuditLog audit,
               PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.projection = projection;
        this.directory = directory;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @return the number of files that joined; files already in the pool are left as they are */
    @PreAuthorize("hasRole('SYSTEM')")
    public int join(String tenantId, String source, List<ImportedConsent> consents) {
        PoolSettings settings = directory.require(tenantId).pool();
        Integer joined = TenantContext.callAs(tenantId, () -> transaction.execute(status -> {
            int count = 0;
            var projected = projection.projectAll(consents.stream().map(ImportedConsent::fileId)
                    .filter(fileId -> store.profileOf(fileId).isEmpty()).toList());
            for (ImportedConsent consent : consents) {
                if (!projected.containsKey(consent.fileId())) {
                    continue;
                }
                UUID profileId = UUID.randomUUID();
                var at = consent.on().atStartOfDay(nl.werkbrug.shared.DutchTime.ZONE).toInstant();
                store.join(consent.fileId(), profileId, ProfileStore.newPseudonym(), directory.region().id(), tenantId,
                        projected.get(consent.fileId()), consent.on(), consent.recordedBy(), at);
                for (Audience audience : consent.audiences().stream().sorted().toList()) {
                    store.append(consent.fileId(), profileId, tenantId, audience, null, true, consent.purpose(),
                            consent.basis(), consent.recordedBy(), at);
                    boolean employers = consent.audiences().contains(Audience.EMPLOYERS);
                    store.audience(profileId, audience, true, !employers ? null
                            : settings.confirmAfterDays() == null ? PoolConsents.NO_TERM
                            : consent.on().plusDays(settings.confirmAfterDays()), clock.instant());
                }
                count++;
            }
            audit.entry(AuditAction.POOL_CONSENT_GIVEN, tenantId, "system", "kandidatenpool",
                    source + " consents imported: " + count + " files joined the pool");
            return count;
        }));
        return joined == null ? 0 : joined;
    }
}
