package nl.werkbrug.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.pool.internal.ProfileProjection;
import nl.werkbrug.pool.internal.ProfileStore;
import nl.werkbrug.pool.internal.ProjectedProfile;
import nl.werkbrug.shared.DutchTime;
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

    PoolImport(ProfileStore store, ProfileProjection projection, TenantDirectory directory, AuditLog audit,
               PlatformTransactionManager transactionManager) {
        this.store = store;
        this.projection = projection;
        this.directory = directory;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** @return the number of files that joined; files already in the pool are left as they are */
    @PreAuthorize("hasRole('SYSTEM')")
    public int join(String tenantId, String source, List<ImportedConsent> consents) {
        PoolSettings settings = directory.require(tenantId).pool();
        Integer joined = TenantContext.callAs(tenantId, () -> transaction.execute(status -> {
            var already = store.members().stream().map(ProfileStore.Member::fileId)
                    .collect(java.util.stream.Collectors.toSet());
            var projected = projection.projectAll(consents.stream().map(ImportedConsent::fileId)
                    .filter(fileId -> !already.contains(fileId)).toList());
            List<ProfileStore.Joining> joinings = new ArrayList<>();
            List<ProfileStore.LedgerEntry> lines = new ArrayList<>();
            for (ImportedConsent consent : consents) {
                ProjectedProfile profile = projected.get(consent.fileId());
                if (profile == null) {
                    continue;
                }
                UUID profileId = UUID.randomUUID();
                Instant at = consent.on().atStartOfDay(DutchTime.ZONE).toInstant();
                boolean employers = consent.audiences().contains(Audience.EMPLOYERS);
                joinings.add(new ProfileStore.Joining(consent.fileId(), profileId, ProfileStore.newPseudonym(),
                        profile, consent.on(), consent.audiences().contains(Audience.REGION_CONSULTANTS), employers,
                        employers ? PoolConsents.employersSeeUntil(settings, consent.on()) : null,
                        consent.recordedBy(), at));
                consent.audiences().stream().sorted().forEach(audience -> lines.add(new ProfileStore.LedgerEntry(
                        consent.fileId(), profileId, audience, null, true, consent.purpose(), consent.basis(),
                        consent.recordedBy(), at)));
            }
            store.join(directory.region().id(), tenantId, joinings);
            store.append(tenantId, lines);
            int count = joinings.size();
            audit.entry(AuditAction.POOL_CONSENT_GIVEN, tenantId, "system", "kandidatenpool",
                    source + " consents imported: " + count + " files joined the pool");
            return count;
        }));
        return joined == null ? 0 : joined;
    }
}
