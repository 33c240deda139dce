package nl.werkbrug.platform.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the portal's own database role could bypass row-level security: a superuser, a role with
 * BYPASSRLS, or the owner of any table (an owner can switch the policies off).
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
                       (select count(*) from pg_tables t where t.tableowner = current_user) as owned
                from pg_roles r where r.rolname = current_user""")
                .query((rs, n) -> new Role(rs.getString("name"), rs.getBoolean("superuser"), rs.getBoolean("bypass"),
                        rs.getLong("owned")))
                .single();
        if (role.superuser() || role.bypass() || role.owned() > 0) {
            throw new IllegalStateException("The portal connects to PostgreSQL as '" + role.name()
                    + "', which can bypass row-level security (superuser=" + role.superuser() + ", bypassrls="
                    + role.bypass() + ", owned tables=" + role.owned() + "). Connect as a role that owns no tables, "
                    + "and give Liquibase the owner role through spring.liquibase.user/password.");
        }
    }

    private record Role(String name, boolean superuser, boolean bypass, long owned) {
    }
}
