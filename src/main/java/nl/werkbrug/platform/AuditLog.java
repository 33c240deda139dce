package nl.werkbrug.platform;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.shared.TransactionBatch;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail. Business actions are recorded from their application events in the transaction of the work they
 * record (after its commit when it was published outside one, see {@code AuditTrailListener}); login,
 * logout and refused access are recorded directly in their own transaction, so they survive a rollback. Entries can never be changed or deleted: the portal's database role has no UPDATE or DELETE right on the
 * table. Tenant admins read their municipality's entries; coordinators read region-level entries only.
 */
@Service
public class AuditLog {

    private static final ZoneId DUTCH_TIME = nl.werkbrug.shared.DutchTime.ZONE;

    private static final String INSERT = """
            insert into audit_event (region_id, tenant_id, actor, action, subject, detail, remote_address)
            values (current_setting('app.region_id'), ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;

    AuditLog(JdbcClient jdbc, JdbcTemplate batchJdbc) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
    }

    /** Records an event by the user of the current request (or {@code system}). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, @Nullable String tenantId, String subject, String detail) {
        record(action, tenantId, currentActor(), subject, detail);
    }

    /**
     * Records an event by the user of the current request in the caller's transaction: for a read whose result
     * reaches the user only when that transaction commits, so the entry and what was shown stand or fall together,
     * in one commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordWithin(AuditAction action, @Nullable String tenantId, String subject, String detail) {
        entry(action, tenantId, currentActor(), subject, detail);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    /** Records an event by a named actor, e.g. the user name of a failed login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, @Nullable String tenantId, String actor, String subject, String detail) {
        entry(action, tenantId, actor, subject, detail);
    }

    /** Writes an entry in the caller's transaction, at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void entry(AuditAction action, @Nullable String tenantId, String actor, String subject, String detail) {
        jdbc.sql(INSERT).params(arguments(action, tenantId, actor, subject, detail)).update();
    }

    /**
     * Writes an entry in the caller's transaction just before it commits, in one batch with the transaction's other
     * entries written this way (one round trip for all of them). Business actions reach the trail this way from an
     * event listener in the transaction of their work (see {@code AuditTrailListener}): no entry claims what rolled
     * back (a rollback writes none), and an entry that cannot be written fails the commit of the work. The remote
     * address is taken now, from the request that does the work.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void entryAtCommit(AuditAction action, @Nullable String tenantId, String actor, String subject,
                              String detail) {
        batch().entries.add(arguments(action, tenantId, actor, subject, detail));
    }

    private static Object[] arguments(AuditAction action, @Nullable String tenantId, String actor, String subject,
                                      String detail) {
        return new Object[]{tenantId, actor, action.name(), subject, detail, remoteAddress()};
    }

    private Batch batch() {
        return TransactionBatch.of(Batch.class, Batch::new);
    }

    /** The entries of one transaction, written before its commit. */
    private final class Batch implements TransactionSynchronization {

        private final List<Object[]> entries = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            batchJdbc.batchUpdate(INSERT, entries);
        }
    }

    /** Entries of the active municipality, newest first. */
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> tenantEntries(AuditQuery query) {
        return list("tenant_id = current_setting('app.tenant_id')", query);
    }

    /** Region-level entries (not tied to one municipality), newest first. */
    @PreAuthorize("@tenantAccess.hasRegionRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public List<AuditEntry> regionEntries(AuditQuery query) {
        return list("tenant_id is null", query);
    }

    private List<AuditEntry> list(String scope, AuditQuery query) {
        return jdbc.sql("""
                        select id, occurred_at, tenant_id, actor, action, subject, detail, remote_address
                        from audit_event
                        where %s
                          and (cast(:action as text) is null or action = :action)
                          and (cast(:actor as text) is null or actor ilike '%%' || :actor || '%%')
                          and (cast(:from as timestamptz) is null or occurred_at >= :from)
                          and (cast(:to as timestamptz) is null or occurred_at < :to)
                        order by occurred_at desc, id desc
                        limit :limit""".formatted(scope))
                .param("action", query.action() == null ? null : query.action().name())
                .param("actor", query.actor() == null || query.actor().isBlank() ? null : query.actor().strip())
                .param("from", query.from() == null ? null : Timestamp.from(query.from().atStartOfDay(DUTCH_TIME).toInstant()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to().plusDays(1).atStartOfDay(DUTCH_TIME).toInstant()))
                .param("limit", Math.clamp(query.limit(), 1, 1000))
                .query((rs, row) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), AuditAction.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    private static @Nullable String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
