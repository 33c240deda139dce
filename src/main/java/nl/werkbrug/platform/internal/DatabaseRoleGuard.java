package nl.werkbrug.platform.internal;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the portal's own database role could bypass row-level security: a superuser, a role with
 * BYPASSRLS, the owner of any table (an owner can switch the policies off), or a member of a role that owns a table,
 * directly or through other roles (a member can {@code SET ROLE} to the owner, or acts with its rights by
 * inheritance; issue 13, finding 1).
 */
@Component
class DatabaseRoleGuard implements InitializingBean {

    private final JdbcClient jdbc;

    DatabaseRoleGuard(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void afterPropertiesSet() {
        var role = jdbc.sql("""
                select current_user as name, r.rolsuper as superuser, r.rolbypassrls as bypass,
                       (select count(*) from pg_tables t where t.tableowner = current_user) as owned,
                       (select string_agg(distinct t.tableowner, ', ') from pg_tables t
                        where t.schemaname not in ('pg_catalog', 'information_schema')
                          and t.tableowner <> current_user and pg_has_role(current_user, t.tableowner, 'MEMBER'))
                           as owners
                from pg_roles r where r.rolname = current_user""")
                .query((rs, n) -> new Role(rs.getString("name"), rs.getBoolean("superuser"), rs.getBoolean("bypass"),
                        rs.getLong("owned"), rs.getString("owners")))
                .single();
        if (role.ownerMemberships() != null) {
            throw new IllegalStateException("The portal connects to PostgreSQL as '" + role.name()
                    + "', which is a member of the table owner role(s) " + role.ownerMemberships()
                    + " and could act as the owner (SET ROLE) and switch row-level security off. Connect as a role "
                    + "that is a member of no owner role; only the migration job holds the owner's credentials.");
        }
        if (role.superuser() || role.bypass() || role.owned() > 0) {
            throw new IllegalStateException("The portal connects to PostgreSQL as '" + role.name()
                    + "', which can bypass row-level security (superuser=" + role.superuser() + ", bypassrls="
                    + role.bypass() + ", owned tables=" + role.owned() + "). Connect as a role that owns no tables, "
                    + "and give Liquibase the owner role through spring.liquibase.user/password.");
        }
    }

    private record Role(String name, boolean superuser, boolean bypass, long owned, @Nullable String ownerMemberships) {
    }
}
