package nl.werkbrug.identity.internal;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.coordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import nl.werkbrug.identity.EmployerAccounts;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.NewEmployerAccount;
import nl.werkbrug.identity.NewLocalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.identity.UsernameTakenException;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.AuditQuery;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The login throttle (security review finding 5, docs/adr/0013) through the portal's own authentication provider
 * and event listeners, against PostgreSQL: per address + name, per address, the same answer for made-up names,
 * bounded storage. Addresses are from the documentation ranges (RFC 5737 / 3849), one per test.
 */
@IntegrationTest
class LoginThrottleTests {

    static final String PASSWORD = "het-juiste-wachtwoord";

    @Autowired
    AuthenticationProvider localAccountsAuthentication;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    LocalAccounts accounts;

    @Autowired
    EmployerAccounts employerAccounts;

    @Autowired
    LoginEvents throttle;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    TransactionTemplate transactions;

    @Autowired
    void transactions(org.springframework.transaction.PlatformTransactionManager manager) {
        transactions = new TransactionTemplate(manager);
    }

    /** The provider manager the login form uses: the portal's provider, failures published as events. */
    Authentication login(String username, String password, String address) {
        ProviderManager manager = new ProviderManager(localAccountsAuthentication);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return manager.authenticate(token);
    }

    void user(String username) {
        SystemTask.run(() -> accounts.ensureUser(new NewLocalUser(username, PASSWORD, "Test " + username, null,
                Map.of("borne", Set.of(TenantRole.CONSULTANT)), Map.of(), null)));
    }

    void failTimes(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> login(username, "fout-" + System.nanoTime(), address))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    int rows(String sql, Object... parameters) {
        return transactions.execute(status -> {
            var statement = jdbc.sql(sql);
            for (Object parameter : parameters) {
                statement = statement.param(parameter);
            }
            return statement.query(Integer.class).single();
        });
    }

    @Test
    void a_name_locked_from_one_address_still_logs_in_from_an_address_that_has_not_failed() {
        user("throttle.victim");
        failTimes(5, "throttle.victim", "198.51.100.10");

        assertThatThrownBy(() -> login("throttle.victim", PASSWORD, "198.51.100.10"))
                .isInstanceOf(LoginEvents.ThrottledException.class);
        assertThat(login("throttle.victim", PASSWORD, "198.51.100.11").isAuthenticated()).isTrue();
        // the owner's success does not lift the attacker's lock
        assertThatThrownBy(() -> login("throttle.victim", PASSWORD, "198.51.100.10"))
                .isInstanceOf(LoginEvents.ThrottledException.class);
    }

    @Test
    void a_made_up_name_is_blocked_after_the_same_failures_with_the_same_refusal_as_an_existing_one() {
        user("throttle.exists");
        failTimes(5, "throttle.exists", "198.51.100.20");
        failTimes(5, "throttle.made-up", "198.51.100.20");

        Throwable existing = org.assertj.core.api.Assertions.catchThrowable(
                () -> login("throttle.exists", PASSWORD, "198.51.100.20"));
        Throwable madeUp = org.assertj.core.api.Assertions.catchThrowable(
                () -> login("throttle.made-up", "anything", "198.51.100.20"));

        assertThat(existing).isInstanceOf(LoginEvents.ThrottledException.class);
        assertThat(madeUp).isInstanceOf(LoginEvents.ThrottledException.class).hasMessage(existing.getMessage());
    }

    @Test
    void spraying_one_password_over_fifty_names_blocks_the_address_for_every_name_but_not_other_addresses() {
        user("throttle.sprayed");
        for (int i = 1; i <= 50; i++) {
            failTimes(1, "gespoten." + i, "203.0.113.30");
        }

        assertThatThrownBy(() -> login("throttle.sprayed", PASSWORD, "203.0.113.30"))
                .isInstanceOf(LoginEvents.ThrottledException.class);
        assertThat(login("throttle.sprayed", PASSWORD, "203.0.113.31").isAuthenticated()).isTrue();
    }

    @Test
    void refused_attempts_add_no_rows_to_login_failure_or_the_audit_trail() {
        failTimes(5, "throttle.hammer", "198.51.100.40");
        int failures = rows("select count(*) from login_failure where remote_address = ?", "198.51.100.40");
        long audited = auditedFailures("throttle.hammer");

        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> login("throttle.hammer", "fout", "198.51.100.40"))
                    .isInstanceOf(LoginEvents.ThrottledException.class);
        }

        assertThat(failures).isEqualTo(5);
        assertThat(audited).isEqualTo(5);
        assertThat(rows("select count(*) from login_failure where remote_address = ?", "198.51.100.40")).isEqualTo(5);
        assertThat(auditedFailures("throttle.hammer")).isEqualTo(5);
    }

    long auditedFailures(String username) {
        return as(coordinator("coord"), () -> audit.regionEntries(AuditQuery.latest(1000))).stream()
                .filter(entry -> entry.action() == AuditAction.LOGIN_FAILED && entry.actor().equals(username)).count();
    }

    @Test
    void failures_older_than_the_retention_time_are_deleted_and_recent_ones_kept() {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                insert into login_failure (username, remote_address, failed_at) values
                ('throttle.old', '198.51.100.50', now() - interval '25 hours'),
                ('throttle.recent', '198.51.100.50', now() - interval '23 hours')""").update());

        assertThat(throttle.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(rows("select count(*) from login_failure where username = ?", "throttle.old")).isZero();
        assertThat(rows("select count(*) from login_failure where username = ?", "throttle.recent")).isOne();
    }

    @Test
    void an_ipv6_address_counts_per_slash_64_and_an_ipv4_mapped_one_as_its_ipv4_address() {
        assertThat(LoginEvents.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginEvents.key("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginEvents.key("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3:0:0:0:0/64");
        assertThat(LoginEvents.key("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(LoginEvents.key("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void a_registration_that_asks_for_taken_names_uses_up_its_address_and_then_every_name_is_refused_alike() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.60");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            user("throttle.taken");
            for (int i = 0; i < 50; i++) {
                assertThatThrownBy(() -> SystemTask.run(() -> employerAccounts.create(account("throttle.taken"))))
                        .isInstanceOf(UsernameTakenException.class);
            }
            assertThat(rows("select count(*) from login_failure where remote_address = ?", "192.0.2.60")).isEqualTo(50);

            // a free name now gets the same answer as a taken one, and nothing is created
            assertThatThrownBy(() -> SystemTask.run(() -> employerAccounts.create(account("throttle.free"))))
                    .isInstanceOf(UsernameTakenException.class);
            assertThat(rows("select count(*) from identity_account(?)", "throttle.free")).isZero();
            assertThat(rows("select count(*) from login_failure where remote_address = ?", "192.0.2.60")).isEqualTo(50);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    NewEmployerAccount account(String username) {
        long employer = transactions.execute(status -> jdbc.sql(
                "select id from employer_organisation where kvk_number = '12345678'").query(Long.class).single());
        return new NewEmployerAccount(username, "Een-lang-genoeg-wachtwoord", "Test", "test@example.org",
                new EmployerMembership(employer, EmployerRole.EMPLOYER_USER), "Twentse Metaalwerken B.V.", "12345678");
    }
}
