package nl.werkbrug.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail's hash chain on the real database: sealing, a verification that holds, an entry changed behind
 * the portal's back (by the owner role, the only one that can) found at its seal, an entry committed after a later
 * one was sealed sealed by the next run without breaking the chain, and the portal's role kept out of the seals.
 */
@IntegrationTest
class AuditChainTests {

    @Autowired
    AuditChain chain;
    @Autowired
    AuditLog audit;
    @Autowired
    DataSource dataSource;
    @Autowired
    @LiquibaseDataSource
    DataSource owner;

    long idOf(String marker) {
        return JdbcClient.create(owner).sql("select id from audit_event where detail = :marker")
                .param("marker", marker).query(Long.class).single();
    }

    long sealOf(long eventId) {
        return JdbcClient.create(owner).sql("select seal_id from audit_sealed where event_id = :id")
                .param("id", eventId).query(Long.class).single();
    }

    /** Rewrites an entry's detail as the owner role, which must first lift FORCE ROW LEVEL SECURITY for itself. */
    void rewriteAsOwner(long eventId, String detail) throws SQLException {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("alter table audit_event no force row level security");
                statement.execute("update audit_event set detail = '" + detail + "' where id = " + eventId);
                statement.execute("alter table audit_event force row level security");
            }
            connection.commit();
        }
    }

    @Test
    void a_changed_entry_breaks_the_chain_at_its_seal_and_the_health_goes_down_until_it_is_restored() throws SQLException {
        String marker = "chain-" + UUID.randomUUID();
        audit.record(AuditAction.ACCESS_DENIED, "hengelo", "chain-test", "/gemeente/hengelo/audit", marker);
        chain.seal();
        long entry = idOf(marker);
        long seal = sealOf(entry);

        assertThat(chain.verify().holds()).isTrue();
        assertThat(chain.health().getStatus()).isEqualTo(Status.UP);

        rewriteAsOwner(entry, "nothing to see");
        AuditChain.Verification broken = chain.verify();
        assertThat(broken.brokenSeal()).isEqualTo(seal);
        assertThat(chain.health().getStatus()).isEqualTo(Status.DOWN);

        rewriteAsOwner(entry, marker);
        assertThat(chain.verify().holds()).isTrue();
        assertThat(chain.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void an_entry_committed_after_a_later_one_was_sealed_is_sealed_by_the_next_run() throws SQLException {
        String late = "late-" + UUID.randomUUID();
        String early = "early-" + UUID.randomUUID();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            try (var statement = open.prepareStatement("select set_config('app.region_id', 'twente', true)")) {
                statement.execute();
            }
            // takes its id now, commits only after the next entry has been sealed
            try (var statement = open.prepareStatement("insert into audit_event (region_id, actor, action, subject,"
                    + " detail) values ('twente', 'chain-test', 'LOGIN', 'login', ?)")) {
                statement.setString(1, late);
                statement.executeUpdate();
            }
            audit.record(AuditAction.LOGIN, null, "chain-test", "login", early);
            chain.seal();
            open.commit();
        }
        long lateId = idOf(late);
        long earlyId = idOf(early);
        assertThat(lateId).isLessThan(earlyId);

        chain.seal();

        assertThat(sealOf(lateId)).isGreaterThan(sealOf(earlyId));
        assertThat(chain.verify().holds()).isTrue();
    }

    @Test
    void the_portals_role_cannot_read_or_write_the_seals_or_call_the_digest() {
        JdbcClient portal = JdbcClient.create(dataSource);
        assertThatThrownBy(() -> portal.sql("select count(*) from audit_seal").query(Long.class).single())
                .rootCause().hasMessageContaining("permission denied for table audit_seal");
        assertThatThrownBy(() -> portal.sql("delete from audit_sealed").update())
                .rootCause().hasMessageContaining("permission denied for table audit_sealed");
        assertThatThrownBy(() -> portal.sql("select audit_event_digest(e) from audit_event e limit 1")
                .query(byte[].class).list()).rootCause()
                .hasMessageContaining("permission denied for function audit_event_digest");
    }
}
