package nl.werkbrug.identity.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import nl.werkbrug.identity.Colleague;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.Member;
import nl.werkbrug.identity.NewEmployerAccount;
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

    /** Whether an account of this name exists, through the owner's login function (the portal cannot list accounts). */
    public boolean exists(String username) {
        return jdbc.sql("select count(*) from identity_account(:u)").param("u", username)
                .query(Integer.class).single() > 0;
    }

    /**
     * One account by its exact name, for the login and the session check: through the owner's SECURITY DEFINER
     * functions, as the portal's role can neither read {@code password_hash} nor see accounts outside its scope.
     */
    Optional<StoredAccount> find(String username) {
        record Row(long id, String displayName, @Nullable String hash, boolean enabled, @Nullable String language) {
        }
        Optional<Row> row = jdbc.sql("select id, display_name, password_hash, enabled, preferred_language from identity_account(:u)")
                .param("u", username)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Set<TenantRole>> tenantRoles = new HashMap<>();
        Map<String, Set<RegionRole>> regionRoles = new HashMap<>();
        List<EmployerMembership> employers = new ArrayList<>();
        jdbc.sql("select kind, scope, role from identity_grants(:u)").param("u", username)
                .query((rs, n) -> {
                    String scope = rs.getString(2);
                    String role = rs.getString(3);
                    switch (rs.getString(1)) {
                        case "TENANT" -> tenantRoles.computeIfAbsent(scope, t -> EnumSet.noneOf(TenantRole.class))
                                .add(TenantRole.valueOf(role));
                        case "REGION" -> regionRoles.computeIfAbsent(scope, r -> EnumSet.noneOf(RegionRole.class))
                                .add(RegionRole.valueOf(role));
                        default -> employers.add(new EmployerMembership(Long.parseLong(scope), EmployerRole.valueOf(role)));
                    }
                    return role;
                })
                .list();
        Row r = row.get();
        return Optional.of(new StoredAccount(new PortalUser(username, r.displayName(), tenantRoles, regionRoles,
                employers.isEmpty() ? null : employers.getFirst(), r.language()), r.hash(), r.enabled()));
    }

    /**
     * Creates the account and writes each grant within the scope it names (row-level security admits a grant of a
     * municipality, region or employer only in a transaction scoped to it); callers are provisioning work.
     */
    public void create(NewLocalUser user, String passwordHash) {
        jdbc.sql("insert into app_user (username, password_hash, display_name, email) values (:u, :h, :d, :e)")
                .param("u", user.username()).param("h", passwordHash).param("d", user.displayName())
                .param("e", user.email())
                .update();
        long id = jdbc.sql("select currval(pg_get_serial_sequence('app_user', 'id'))").query(Long.class).single();
        user.tenantRoles().forEach((tenant, roles) -> roles.forEach(role -> scoped("app.tenant_id", tenant, () ->
                jdbc.sql("insert into user_tenant_role (user_id, tenant, role) values (:id, :t, :r)")
                        .param("id", id).param("t", tenant).param("r", role.name()).update())));
        user.regionRoles().forEach((region, roles) -> roles.forEach(role -> scoped("app.region_id", region, () ->
                jdbc.sql("insert into user_region_role (user_id, region, role) values (:id, :g, :r)")
                        .param("id", id).param("g", region).param("r", role.name()).update())));
        EmployerMembership employer = user.employer();
        if (employer != null) {
            scoped("app.employer_id", String.valueOf(employer.employerId()), () ->
                    jdbc.sql("insert into user_employer_role (user_id, employer_id, role) values (:id, :e, :r)")
                            .param("id", id).param("e", employer.employerId()).param("r", employer.role().name())
                            .update());
        }
    }

    /** Runs work with one transaction-local scope setting changed, and puts the previous value back. */
    private <T> T scoped(String setting, String value, Supplier<T> work) {
        String previous = jdbc.sql("select coalesce(current_setting(:s, true), '')").param("s", setting)
                .query(String.class).single();
        jdbc.sql("select set_config(:s, :v, true)").param("s", setting).param("v", value).query(String.class).single();
        try {
            return work.get();
        } finally {
            jdbc.sql("select set_config(:s, :v, true)").param("s", setting).param("v", previous).query(String.class)
                    .single();
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

    /**
     * Records an employer account created in Keycloak with its membership and the company's Keycloak organisation, in
     * the employer's scope: the register the colleague list reads, as Keycloak answers the provisioning account's
     * listings with nothing (docs/security.md, finding 8).
     */
    void registerKeycloakEmployerAccount(String keycloakUserId, @Nullable String organisationId, NewEmployerAccount account) {
        EmployerMembership membership = account.membership();
        scoped("app.employer_id", String.valueOf(membership.employerId()), () -> jdbc.sql("""
                        insert into employer_keycloak_account
                            (keycloak_user_id, employer_id, username, display_name, email, role, keycloak_organisation_id)
                        values (:id, :e, :u, :d, :m, :r, :o)""")
                .param("id", keycloakUserId).param("e", membership.employerId()).param("u", account.username())
                .param("d", account.displayName()).param("m", account.email()).param("r", membership.role().name())
                .param("o", organisationId).update());
    }

    /**
     * Brings the register's entry of a Keycloak employer user in line with the ID token of a login: its name, address
     * and role, or a new entry for a user an administrator created in Keycloak. An entry under another employer (the
     * user moved by an administrator) is out of this scope and left alone.
     */
    void refreshKeycloakEmployerAccount(String keycloakUserId, PortalUser user, @Nullable String email) {
        EmployerMembership membership = java.util.Objects.requireNonNull(user.employer());
        scoped("app.employer_id", String.valueOf(membership.employerId()), () -> {
            int updated = jdbc.sql("""
                            update employer_keycloak_account set username = :u, display_name = :d, email = :m, role = :r
                            where keycloak_user_id = :id and employer_id = :e""")
                    .param("id", keycloakUserId).param("e", membership.employerId()).param("u", user.username())
                    .param("d", user.displayName()).param("m", email).param("r", membership.role().name()).update();
            return updated > 0 ? updated : jdbc.sql("""
                            insert into employer_keycloak_account (keycloak_user_id, employer_id, username, display_name, email, role)
                            values (:id, :e, :u, :d, :m, :r) on conflict do nothing""")
                    .param("id", keycloakUserId).param("e", membership.employerId()).param("u", user.username())
                    .param("d", user.displayName()).param("m", email).param("r", membership.role().name()).update();
        });
    }

    /** The Keycloak organisation the register holds for this employer, if any. */
    Optional<String> keycloakOrganisationOf(long employerId) {
        return scoped("app.employer_id", String.valueOf(employerId), () -> jdbc.sql("""
                        select keycloak_organisation_id from employer_keycloak_account
                        where employer_id = :e and keycloak_organisation_id is not null
                        order by created_at limit 1""")
                .param("e", employerId).query(String.class).optional());
    }

    /** The employer's accounts the portal created in Keycloak, admins first (within the caller's employer scope). */
    List<Colleague> keycloakEmployerColleagues(long employerId) {
        return jdbc.sql("""
                        select username, display_name, email, role from employer_keycloak_account
                        where employer_id = :e order by role, display_name, username""")
                .param("e", employerId)
                .query((rs, n) -> new Colleague(rs.getString(1), rs.getString(2), rs.getString(3),
                        EmployerRole.valueOf(rs.getString(4))))
                .list();
    }

    /** The e-mail addresses of the users holding a role in a municipality (or, with {@code region}, in the region). */
    public List<String> addressesOf(String scope, String role, boolean region) {
        String table = region ? "user_region_role r on r.user_id = u.id where r.region" : "user_tenant_role r on r.user_id = u.id where r.tenant";
        return scoped(region ? "app.region_id" : "app.tenant_id", scope, () -> jdbc.sql(
                        "select distinct u.email from app_user u join " + table
                        + " = :scope and r.role = :role and u.enabled and coalesce(u.email, '') <> '' order by u.email")
                .param("scope", scope).param("role", role).query(String.class).list());
    }

    public java.util.Optional<String> addressOf(String username) {
        return jdbc.sql("select email from app_user where username = :u and coalesce(email, '') <> ''")
                .param("u", username).query(String.class).optional();
    }

    /** The password hash of one account by its exact name, if it has one (the login function's view). */
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from identity_account(:u) where password_hash is not null")
                .param("u", username).query(String.class).optional();
    }

    public void setPreferredLanguage(String username, String language) {
        jdbc.sql("update app_user set preferred_language = :l where username = :u")
                .param("l", language).param("u", username).update();
    }
}
