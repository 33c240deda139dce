package nl.werkbrug.platform;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.coordinator;
import static nl.werkbrug.support.TestUsers.withTenantRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogTests {

    @Autowired
    AuditLog audit;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_tenant_admin_reads_the_entries_of_the_own_municipality_only() {
        String marker = UUID.randomUUID().toString();
        audit.record(AuditAction.ACCESS_DENIED, "hengelo", "someone", "/gemeente/hengelo/werkvoorraad", marker);
        audit.record(AuditAction.ACCESS_DENIED, "enschede", "someone", "/gemeente/enschede/werkvoorraad", marker);
        audit.record(AuditAction.LOGIN, null, "someone", "login", marker);

        List<AuditEntry> hengelo = as(withTenantRole("admin-h", "hengelo", TenantRole.TENANT_ADMIN), "hengelo",
                () -> audit.tenantEntries(AuditQuery.latest(1000)));

        assertThat(hengelo).filteredOn(entry -> entry.detail().equals(marker))
                .extracting(AuditEntry::tenantId).containsExactly("hengelo");
    }

    @Test
    void a_coordinator_reads_region_level_entries_and_no_entry_of_a_municipality() {
        String marker = UUID.randomUUID().toString();
        audit.record(AuditAction.TENANT_SWITCHED, "borne", "someone", "gemeente", marker);
        audit.record(AuditAction.LOGOUT, null, "someone", "logout", marker);

        List<AuditEntry> region = as(coordinator("coord"), () -> audit.regionEntries(AuditQuery.latest(1000)));

        assertThat(region).filteredOn(entry -> entry.detail().equals(marker))
                .extracting(AuditEntry::action).containsExactly(AuditAction.LOGOUT);
    }

    @Test
    void filters_narrow_the_list_by_event_and_user() {
        String actor = "filter-" + UUID.randomUUID();
        audit.record(AuditAction.LOGIN, null, actor, "login", "");
        audit.record(AuditAction.LOGOUT, null, actor, "logout", "");

        List<AuditEntry> logins = as(coordinator("coord"), () -> audit.regionEntries(
                new AuditQuery(AuditAction.LOGIN, actor.substring(0, 20), null, null, 100)));

        assertThat(logins).extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(actor, AuditAction.LOGIN));
    }

    @Test
    void a_consultant_cannot_read_the_audit_trail() {
        assertThatThrownBy(() -> as(withTenantRole("c", "hengelo", TenantRole.CONSULTANT), "hengelo",
                () -> audit.tenantEntries(AuditQuery.latest(10)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(withTenantRole("c", "hengelo", TenantRole.CONSULTANT),
                () -> audit.regionEntries(AuditQuery.latest(10)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_portal_role_can_neither_change_nor_delete_an_entry() {
        audit.record(AuditAction.LOGIN, null, "immutable", "login", "");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                jdbc.sql("update audit_event set actor = 'someone else' where actor = 'immutable'").update()))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                jdbc.sql("delete from audit_event where actor = 'immutable'").update()))
                .rootCause().hasMessageContaining("permission denied");
    }
}
