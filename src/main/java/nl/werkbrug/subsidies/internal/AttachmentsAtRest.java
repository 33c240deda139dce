package nl.werkbrug.subsidies.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.DocumentVault;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The attachments of subsidy requests at rest (security review finding 10): at start-up, documents stored before
 * sealing existed are sealed in place ({@link DocumentVault}), per municipality, inside it; nightly, the documents of
 * requests decided or withdrawn longer ago than {@code werkbrug.retention.attachments-after-closing} are deleted
 * (unset: kept; the term is the municipality's archival decision, see docs/security.md). The request, its decision
 * and the audit trail stay; each deletion is audited.
 */
@Component
class AttachmentsAtRest implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AttachmentsAtRest.class);

    private final JdbcClient jdbc;
    private final TenantDirectory directory;
    private final DocumentVault vault;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final @Nullable Period retention;

    AttachmentsAtRest(JdbcClient jdbc, TenantDirectory directory, DocumentVault vault, AuditLog audit, Clock clock,
                      PlatformTransactionManager transactions,
                      @Value("${werkbrug.retention.attachments-after-closing:}") String retention) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.retention = retention.isBlank() ? null : Period.parse(retention);
    }

    @Override
    public void run(ApplicationArguments args) {
        perMunicipality(tenant -> sealPlain()).forEach((tenant, count) ->
                log.info("Sealed {} attachments of {} stored before sealing", count, tenant));
    }

    /** Seals the active municipality's documents that are not sealed yet; answers how many. */
    int sealPlain() {
        record Plain(long id, byte[] content) {
        }
        var plain = jdbc.sql("select id, content from subsidy_attachment where substring(content from 1 for 4) <> 'WBD1'::bytea for update")
                .query((rs, n) -> new Plain(rs.getLong(1), rs.getBytes(2))).list();
        for (Plain row : plain) {
            jdbc.sql("update subsidy_attachment set content = :content where id = :id")
                    .param("content", vault.seal(row.content())).param("id", row.id()).update();
        }
        return plain.size();
    }

    @Scheduled(cron = "${werkbrug.retention.attachments-cron:0 10 3 * * *}", zone = DutchTime.ZONE_ID)
    void nightly() {
        if (retention == null) {
            log.debug("Retention: werkbrug.retention.attachments-after-closing is not set; attachments are kept");
            return;
        }
        LocalDate closedBefore = LocalDate.now(clock).minus(retention);
        perMunicipality(tenant -> deleteClosedBefore(tenant, closedBefore)).forEach((tenant, count) ->
                log.info("Retention: {} attachments of {}'s requests closed before {} deleted", count, tenant, closedBefore));
    }

    /**
     * Deletes the active municipality's documents of requests decided (granted, refused, not considered) or withdrawn
     * before that day; answers how many.
     */
    int deleteClosedBefore(String tenantId, LocalDate closedBefore) {
        record Due(long id, long requestId, String fileName) {
        }
        var due = jdbc.sql("""
                        select a.id, a.request_id, a.file_name from subsidy_attachment a
                        join subsidy_request r on r.id = a.request_id
                        where r.status in ('TOEGEKEND', 'AFGEWEZEN', 'BUITEN_BEHANDELING', 'INGETROKKEN')
                          and coalesce(r.decided_on, r.updated_at::date) < :before
                        order by a.id for update of a""")
                .param("before", closedBefore)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
        for (Due document : due) {
            jdbc.sql("delete from subsidy_attachment where id = :id").param("id", document.id()).update();
            audit.entry(AuditAction.SUBSIDY_ATTACHMENT_DELETED, tenantId, "system",
                    "subsidy request " + document.requestId(), "retention: document " + document.id() + " deleted");
        }
        return due.size();
    }

    private Map<String, Integer> perMunicipality(Function<String, Integer> work) {
        Map<String, Integer> done = new LinkedHashMap<>();
        for (Tenant tenant : directory.tenants()) {
            Integer count = TenantContext.callAs(tenant.id(), () -> transaction.execute(status -> work.apply(tenant.id())));
            if (count != null && count > 0) {
                done.put(tenant.id(), count);
            }
        }
        return done;
    }
}
