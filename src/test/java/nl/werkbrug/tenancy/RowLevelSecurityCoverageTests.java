package nl.werkbrug.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table scoped by municipality or region (a column {@code tenant_id}, {@code tenant}, {@code region_id} or
 * {@code region}) has forced row-level security with a policy on that scope, and every table at all has forced
 * row-level security with a policy on one of the portal's settings unless it is on an explicit, justified allow-list
 * (issue 13, finding 11: the identity tables were missed because their column is named {@code tenant}).
 */
@IntegrationTest
class RowLevelSecurityCoverageTests {

    /** Tables without row-level security, each for a reason. */
    static final Set<String> GLOBAL_TABLES = Set.of(
            "databasechangelog", "databasechangeloglock", // Liquibase's bookkeeping; the portal role cannot read it
            "event_publication",                          // Modulith's event registry: ids and codes only (ADR 0008)
            "audit_seal", "audit_sealed",                 // the audit trail's hash chain: ids and hashes, no privilege
                                                          // for the portal role at all (ADR 0023)
            "pool_rate_bucket");                          // bucket4j's rate-limit state, written on its own connections
                                                          // (no tenant settings); keys and counts only

    @Autowired
    DataSource dataSource;

    record TableSecurity(String table, boolean scoped, boolean enabled, boolean forced, List<String> policyExpressions) {
    }

    @Test
    void every_table_with_a_tenant_or_region_column_has_a_forced_policy_on_that_column() {
        List<TableSecurity> tables = tables();

        assertThat(tables).filteredOn(TableSecurity::scoped).isNotEmpty().allSatisfy(table -> {
            assertThat(table.enabled()).as("%s has row level security enabled", table.table()).isTrue();
            assertThat(table.forced()).as("%s forces row level security", table.table()).isTrue();
            assertThat(table.policyExpressions()).as("%s has a policy on its scope column", table.table())
                    .anySatisfy(expression -> assertThat(expression)
                            .containsAnyOf("current_setting('app.tenant_id'", "current_setting('app.region_id'"));
        });
        assertThat(tables).extracting(TableSecurity::table).contains("candidate_file", "employer_organisation", "tenant");
    }

    @Test
    void every_table_without_a_forced_policy_on_a_setting_of_the_portal_is_listed_as_global_with_a_reason() {
        List<TableSecurity> tables = tables();
        Set<String> onSettings = tables.stream().filter(table -> table.enabled() && table.forced()
                        && table.policyExpressions().stream().anyMatch(e -> e.contains("current_setting('app.")))
                .map(TableSecurity::table).collect(java.util.stream.Collectors.toSet());
        // app_user is visible through its grants: its policies read only tables that are themselves on settings
        java.util.function.Predicate<TableSecurity> throughScopedTables = table -> table.enabled() && table.forced()
                && !table.policyExpressions().isEmpty() && table.policyExpressions().stream().allMatch(expression -> {
                    List<String> read = java.util.regex.Pattern.compile("(?i)from\\s+(\\w+)").matcher(expression)
                            .results().map(match -> match.group(1)).toList();
                    return !read.isEmpty() && onSettings.containsAll(read) || expression.contains("current_setting('app.")
                            || expression.trim().equals("true");
                }) && table.policyExpressions().stream().anyMatch(expression -> expression.contains("EXISTS"));
        assertThat(tables).filteredOn(table -> !onSettings.contains(table.table()) && !throughScopedTables.test(table))
                .extracting(TableSecurity::table)
                .allSatisfy(table -> assertThat(GLOBAL_TABLES).as("table %s without row-level security", table).contains(table));
        assertThat(tables).extracting(TableSecurity::table).contains("app_user", "user_tenant_role", "user_region_role",
                "user_employer_role", "login_failure", "region");
    }

    @Test
    void the_identity_tables_are_scoped_by_their_tenant_and_region_columns() {
        assertThat(tables()).filteredOn(TableSecurity::scoped).extracting(TableSecurity::table)
                .contains("user_tenant_role", "user_region_role");
    }

    @Test
    void the_portal_role_is_neither_superuser_nor_able_to_bypass_row_level_security_nor_owner_of_a_table() {
        JdbcClient jdbc = JdbcClient.create(dataSource);

        assertThat(jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select count(*) from pg_tables where tableowner = current_user")
                .query(Integer.class).single()).isZero();
    }

    private List<TableSecurity> tables() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return jdbc.sql("""
                        select c.relname,
                               exists (select 1 from information_schema.columns col
                                       where col.table_schema = 'public' and col.table_name = c.relname
                                         and col.column_name in ('tenant_id', 'region_id', 'tenant', 'region')) as scoped,
                               c.relrowsecurity, c.relforcerowsecurity
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind in ('r', 'p')
                        order by c.relname""")
                .query((rs, row) -> new TableSecurity(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3),
                        rs.getBoolean(4), policies(jdbc, rs.getString(1))))
                .list();
    }

    private static List<String> policies(JdbcClient jdbc, String table) {
        return jdbc.sql("select coalesce(qual, '') || ' ' || coalesce(with_check, '') from pg_policies where tablename = :t")
                .param("t", table).query(String.class).list();
    }
}
