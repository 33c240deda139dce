package nl.werkbrug.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (security review finding 10) on the real database: failed logins without a municipality leave the
 * audit trail after their term and the hash chain still holds; everything else stays; old outbox mail goes. The
 * entries are dated in 2001, written by the owner role, so no other test's entries fall under the day used here.
 */
@IntegrationTest
class RetentionTests {

    static final Instant LONG_AGO = Instant.parse("2001-02-01T10:00:00Z");
    static final Instant RETENTION_DAY = Instant.parse("2001-03-01T00:00:00Z");

    @Autowired
    Retention retention;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    @LiquibaseDataSource
    DataSource owner;

    /** An entry dated long ago, written as the owner (the portal's role cannot choose the time). */
    void oldEntry(String action, String tenant, String detail) throws SQLException {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (var settings = connection.prepareStatement("select set_config('app.region_id', 'twente', true)")) {
                settings.execute();
            }
            try (var insert = connection.prepareStatement("insert into audit_event (occurred_at, region_id, tenant_id,"
                    + " actor, action, subject, detail) values (?, 'twente', ?, 'iemand', ?, 'login', ?)")) {
                insert.setObject(1, java.sql.Timestamp.from(LONG_AGO));
                insert.setString(2, tenant);
                insert.setString(3, action);
                insert.setString(4, detail);
                insert.executeUpdate();
            }
            connection.commit();
        }
    }

    List<String> remaining(String marker) {
        return JdbcClient.create(owner).sql("select action || ' ' || coalesce(tenant_id, '-') from audit_event where detail like :m order by id")
                .param("m", marker + "%").query(String.class).list();
    }

    @Test
    void old_failed_logins_without_a_municipality_leave_the_trail_and_the_chain_still_holds() throws SQLException {
        String marker = "retention-" + UUID.randomUUID();
        oldEntry("LOGIN_FAILED", null, marker + "-1");
        oldEntry("LOGIN_FAILED", null, marker + "-2");
        oldEntry("LOGIN", null, marker + "-3");
        oldEntry("LOGIN_FAILED", "hengelo", marker + "-4");
        chain.seal();

        assertThat(retention.pruneAnonymousAudit(RETENTION_DAY.minusSeconds(30 * 86_400))).as("not yet due").isZero();
        int pruned = retention.pruneAnonymousAudit(RETENTION_DAY);

        assertThat(pruned).isEqualTo(2);
        assertThat(remaining(marker)).containsExactly("LOGIN -", "LOGIN_FAILED hengelo");
        assertThat(chain.verify().holds()).isTrue();
    }

    @Test
    void an_entry_removed_without_keeping_its_digest_still_breaks_the_chain() throws SQLException {
        String marker = "retention-" + UUID.randomUUID();
        oldEntry("LOGIN_FAILED", null, marker);
        chain.seal();
        long id = JdbcClient.create(owner).sql("select id from audit_event where detail = :m").param("m", marker)
                .query(Long.class).single();
        long seal = JdbcClient.create(owner).sql("select seal_id from audit_sealed where event_id = :id").param("id", id)
                .query(Long.class).single();
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("alter table audit_event no force row level security");
                statement.execute("delete from audit_event where id = " + id);
                assertThat(JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true))
                        .sql("select broken_seal from audit_verify_chain()").query(Long.class).single()).isEqualTo(seal);
            }
            connection.rollback(); // the entry comes back: the shared chain must hold for the other tests
        }
        assertThat(chain.verify().holds()).isTrue();
    }

    @Test
    void outbox_mail_older_than_its_term_is_deleted_newer_kept() {
        String marker = "retention-" + UUID.randomUUID();
        TenantContext.callAs("hengelo", () -> new TransactionTemplate(transactions).execute(status -> jdbc.sql("""
                        insert into mail_outbox (region_id, sent_at, recipient, subject, body) values
                        ('twente', timestamptz '2001-02-01 10:00+00', 'oud@example.org', :s, 'oud'),
                        ('twente', now(), 'nieuw@example.org', :s, 'nieuw')""").param("s", marker).update()));

        int deleted = retention.deleteOutboxMail(RETENTION_DAY);

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        List<String> left = TenantContext.callAs("hengelo", () -> new TransactionTemplate(transactions).execute(status ->
                jdbc.sql("select recipient from mail_outbox where subject = :s").param("s", marker).query(String.class).list()));
        assertThat(left).containsExactly("nieuw@example.org");
    }
}
