package nl.werkbrug.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.NewLocalUser;
import nl.werkbrug.identity.PortalPrincipal;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session policy (security review finding 7) on the portal's clock and accounts: the requests of one signed-in
 * session, as the security filter chain hands them over, with the session's security context where Spring keeps it.
 */
@IntegrationTest
class SessionPolicyTests {

    static final Instant SIGN_IN = Instant.parse("2026-12-01T08:00:00Z");

    @Autowired
    SessionPolicy policy;

    @Autowired
    MutableClock clock;

    @Autowired
    LocalAccounts accounts;

    @Autowired
    AccountStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    TransactionTemplate transactions;

    MockHttpSession session;

    @Autowired
    void transactions(PlatformTransactionManager manager) {
        transactions = new TransactionTemplate(manager);
    }

    @BeforeEach
    void signIn() {
        clock.setTo(SIGN_IN);
        session = new MockHttpSession();
    }

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in the account as the login form does: its principal with the roles read now, kept in the session. */
    void signInAs(String username) {
        PortalUser user = transactions.execute(status -> store.find(username)).orElseThrow().user();
        LocalUserDetails principal = new LocalUserDetails(user, null, true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    /** One request of the session at the clock's time; true if the session is still signed in afterwards. */
    boolean request(String... parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        for (int i = 0; i < parameters.length; i += 2) {
            request.setParameter(parameters[i], parameters[i + 1]);
        }
        if (session.isInvalid()) {
            return false;
        }
        SecurityContext stored = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.setContext(stored);
        policy.apply(request, new MockHttpServletResponse());
        return !session.isInvalid() && SecurityContextHolder.getContext().getAuthentication() != null;
    }

    PortalUser sessionUser() {
        SecurityContext stored = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication authentication = stored.getAuthentication();
        return ((PortalPrincipal) authentication.getPrincipal()).portalUser();
    }

    void account(String username, String... tenants) {
        Map<String, Set<TenantRole>> roles = new java.util.HashMap<>();
        for (String tenant : tenants) {
            roles.put(tenant, Set.of(TenantRole.CONSULTANT));
        }
        SystemTask.run(() -> accounts.ensureUser(new NewLocalUser(username, "een-wachtwoord-van-lengte", username,
                null, roles, Map.of(), null)));
    }

    @Autowired
    @org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource
    javax.sql.DataSource owner;

    /** An administrator's change behind the portal's back, as the owner role (the portal's role may not make it). */
    void sql(String statement, String username) {
        assertThat(JdbcClient.create(owner).sql(statement).param("u", username).update()).isOne();
    }

    @Test
    void a_withdrawn_membership_is_gone_from_the_session_on_the_first_request_after_the_recheck_interval() {
        account("sessie.ingetrokken", "borne", "hengelo");
        signInAs("sessie.ingetrokken");
        assertThat(request()).isTrue();
        assertThat(sessionUser().tenants()).containsExactly("borne", "hengelo");

        sql("delete from user_tenant_role where tenant = 'hengelo' and user_id = (select id from app_user where username = :u)",
                "sessie.ingetrokken");
        clock.advance(Duration.ofSeconds(31));

        assertThat(request()).isTrue();
        assertThat(sessionUser().tenants()).containsExactly("borne");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).contains("ROLE_CONSULTANT");
        assertThat(((PortalPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .portalUser().isMemberOf("hengelo")).isFalse();
    }

    @Test
    void a_disabled_account_loses_its_session_within_the_recheck_interval() {
        account("sessie.uitgezet", "borne");
        signInAs("sessie.uitgezet");
        assertThat(request()).isTrue();

        sql("update app_user set enabled = false where username = :u", "sessie.uitgezet");
        clock.advance(Duration.ofSeconds(31));

        assertThat(request()).isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void thirty_minutes_with_only_heartbeats_end_the_session() {
        account("sessie.stil", "borne");
        signInAs("sessie.stil");
        assertThat(request()).isTrue();

        clock.advance(Duration.ofMinutes(20));
        assertThat(request("v-r", "heartbeat")).isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(request("v-r", "heartbeat")).isTrue(); // exactly 30 minutes: not yet more than the idle time
        clock.advance(Duration.ofMinutes(1));

        assertThat(request("v-r", "uidl")).isFalse();
    }

    @Test
    void a_session_with_a_request_every_twenty_minutes_still_ends_ten_hours_after_sign_in() {
        account("sessie.lang", "borne");
        signInAs("sessie.lang");
        assertThat(request()).isTrue();
        for (int i = 1; i <= 30; i++) { // 30 x 20 minutes = 10 hours after sign-in
            clock.advance(Duration.ofMinutes(20));
            assertThat(request("v-r", "uidl")).as("after %d minutes", i * 20).isTrue();
        }

        clock.advance(Duration.ofMinutes(1));

        assertThat(request("v-r", "uidl")).isFalse();
    }

    @Test
    void the_idle_limit_is_configured_alike_for_the_container_and_vaadin() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
        assertThat(environment.getProperty("werkbrug.session.idle-timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("werkbrug.session.absolute-lifetime", Duration.class))
                .isEqualTo(Duration.ofHours(10));
    }
}
