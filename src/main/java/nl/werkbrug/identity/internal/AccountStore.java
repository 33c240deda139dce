package nl.werkbrug.identity.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.werkbrug.identity.Colleague;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.Member;
import nl.werkbrug.identity.NewLocalUser;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.RegionRole;
import nl.werkbrug.identity.TenantRole;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Local accounts and their grants (global tables: an account may hold grants in several municipalities). */
@Repository
public class AccountStore {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredAccount(PortalUser user, @Nullable String passwordHash, boolean enabled) {
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u").param("u", username)
                .query(Integer.class).single() > 0;
    }

    Optional<StoredAccount> find(String username) {
        record Row(long id, String displayName, @Nullable String hash, boolean enabled, @Nullable String language) {
        }
        Optional<Row> row = jdbc.sql("""
                        select id, display_name, password_hash, enabled, preferred_language
                        from app_user where username = :u""")
                .param("u", username)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5)))
                .optional();
        return row.map(r -> new StoredAccount(new PortalUser(username, r.displayName(), tenantRoles(r.id()),
                regionRoles(r.id()), employer(r.id()), r.language()), r.hash(), r.enabled()));
    }

    private Map<String, Set<TenantRole>> tenantRoles(long userId) {
        Map<String, Set<TenantRole>> roles = new HashMap<>();
        jdbc.sql("select tenant, role from user_tenant_role where user_id = :id").param("id", userId)
                .query((rs, n) -> roles.computeIfAbsent(rs.getString(1), t -> EnumSet.noneOf(TenantRole.class))
                        .add(TenantRole.valueOf(rs.getString(2))))
                .list();
        return roles;
    }

    private Map<String, Set<RegionRole>> regionRoles(long userId) {
        Map<String, Set<RegionRole>> roles = new HashMap<>();
        jdbc.sql("select region, role from user_region_role where user_id = :id").param("id", userId)
                .query((rs, n) -> roles.computeIfAbsent(rs.getString(1), r -> EnumSet.noneOf(RegionRole.class))
                        .add(RegionRole.valueOf(rs.getString(2))))
                .list();
        return roles;
    }

    private @Nullable EmployerMembership employer(long userId) {
        return jdbc.sql("select employer_id, role from user_employer_role where user_id = :id").param("id", userId)
                .query((rs, n) -> new EmployerMembership(rs.getLong(1), EmployerRole.valueOf(rs.getString(2))))
                .optional().orElse(null);
    }

    public void create(NewLocalUser user, String passwordHash) {
        long id = jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, email)
                        values (:u, :h, :d, :e) returning id""")
                .param("u", user.username()).param("h", passwordHash).param("d", user.displayName())
                .param("e", user.email())
                .query(Long.class).single();
        user.tenantRoles().forEach((tenant, roles) -> roles.forEach(role ->
                jdbc.sql("insert into user_tenant_role (user_id, tenant, role) values (:id, :t, :r)")
                        .param("id", id).param("t", tenant).param("r", role.name()).update()));
        user.regionRoles().forEach((region, roles) -> roles.forEach(role ->
                jdbc.sql("insert into user_region_role (user_id, region, role) values (:id, :g, :r)")
                        .param("id", id).param("g", region).param("r", role.name()).update()));
        if (user.employer() != null) {
            jdbc.sql("insert into user_employer_role (user_id, employer_id, role) values (:id, :e, :r)")
                    .param("id", id).param("e", user.employer().employerId()).param("r", user.employer().role().name())
                    .update();
        }
    }

    public List<Member> membersOf(String tenant) {
        record Row(String username, String displayName, TenantRole role) {
        }
        List<Row> rows = jdbc.sql("""
                        select u.username, u.display_name, r.role from app_user u
                        join user_tenant_role r on r.user_id = u.id
                        where r.tenant = :t order by u.display_name, u.username""")
                .param("t", tenant)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), TenantRole.valueOf(rs.getString(3))))
                .list();
        Map<String, Member> members = new LinkedHashMap<>();
        for (Row row : rows) {
            members.computeIfAbsent(row.username(), name -> new Member(name, row.displayName(), EnumSet.noneOf(TenantRole.class)))
                    .roles().add(row.role());
        }
        return members.values().stream().map(m -> new Member(m.username(), m.displayName(), Set.copyOf(m.roles()))).toList();
    }

    public List<Colleague> employerColleagues(long employerId) {
        return jdbc.sql("""
                        select u.username, u.display_name, u.email, r.role from app_user u
                        join user_employer_role r on r.user_id = u.id
                        where r.employer_id = :e order by r.role, u.display_name""")
                .param("e", employerId)
                .query((rs, n) -> new Colleague(rs.getString(1), rs.getString(2), rs.getString(3),
                        EmployerRole.valueOf(rs.getString(4))))
                .list();
    }

    /** The e-mail addresses of the users holding a role in a municipality (or, with {@code region}, in the region). */
    public List<String> addressesOf(String scope, String role, boolean region) {
        String table = region ? "user_region_role r on r.user_id = u.id where r.region" : "user_tenant_role r on r.user_id = u.id where r.tenant";
        return jdbc.sql("select distinct u.email from app_user u join " + table
                        + " = :scope and r.role = :role and u.enabled and coalesce(u.email, '') <> '' order by u.email")
                .param("scope", scope).param("role", role).query(String.class).list();
    }

    public java.util.Optional<String> addressOf(String username) {
        return jdbc.sql("select email from app_user where username = :u and coalesce(email, '') <> ''")
                .param("u", username).query(String.class).optional();
    }

    public List<String> passwordHashes() {
        return jdbc.sql("select password_hash from app_user where password_hash is not null").query(String.class).list();
    }

    public void setPreferredLanguage(String username, String language) {
        jdbc.sql("update app_user set preferred_language = :l where username = :u")
                .param("l", language).param("u", username).update();
    }
}
