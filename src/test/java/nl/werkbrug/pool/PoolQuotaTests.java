package nl.werkbrug.pool;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static nl.werkbrug.support.TestUsers.withTenantRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.NewLocalUser;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.AuditQuery;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.platform.OutboxMail;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.pool.internal.QuotaBuckets;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pool's anti-scraping quotas against the real buckets in PostgreSQL, the real outbox and the real audit trail.
 * Every test uses users and organisations of its own (random ids), so the shared database's buckets never overlap.
 */
@IntegrationTest
class PoolQuotaTests {

    /** Haaksbergen owns the profiles opened here: its admin (made for this test class) gets the alert. */
    private static final String OWNER = "haaksbergen";
    private static final String ADMIN_ADDRESS = "pool-quota-admin@haaksbergen.example";
    private static final String COORDINATOR_ADDRESS = "pool-quota-coordinator@twente.example";

    @Autowired
    PoolQuotas quotas;
    @Autowired
    QuotaBuckets buckets;
    @Autowired
    MutableClock clock;
    @Autowired
    OutgoingMail mail;
    @Autowired
    AuditLog audit;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void alertRecipients() {
        SystemTask.run(() -> {
            accounts.ensureUser(new NewLocalUser("beheer.haaksbergen.pool", "geheim-wachtwoord", "Beheer Pool",
                    ADMIN_ADDRESS, Map.of(OWNER, Set.of(TenantRole.TENANT_ADMIN)), Map.of(), null));
            accounts.ensureUser(new NewLocalUser("coordinator.pool", "geheim-wachtwoord", "Coordinator Pool",
                    COORDINATOR_ADDRESS, Map.of(), Map.of("twente", Set.of(nl.werkbrug.identity.RegionRole.COORDINATOR)),
                    null));
        });
    }

    @Test
    void an_employer_user_opening_profiles_in_a_loop_is_stopped_at_200_with_a_dutch_message_and_the_admins_get_the_counts() {
        clock.setTo(LocalDateTime.of(2026, 3, 10, 9, 0).atZone(DutchTime.ZONE).toInstant());
        long employer = 900_000 + ThreadLocalRandom.current().nextInt(99_999);
        PortalUser scraper = employerUser("scraper-" + UUID.randomUUID().toString().substring(0, 8), employer);
        PortalUser colleague = employerUser("collega-" + UUID.randomUUID().toString().substring(0, 8), employer);

        // 200 profiles, one every 2.5 seconds: under the rate limit (30 a minute), so only the daily quota can stop it
        for (int view = 1; view <= 200; view++) {
            String pseudonym = "P-TEST0-%05d".formatted(view);
            as(scraper, () -> {
                quotas.chargeProfileView(OWNER, pseudonym);
                return null;
            });
            clock.advance(Duration.ofMillis(2500));
        }
        PoolQuotaExceededException refused = catchThrowableOfType(PoolQuotaExceededException.class,
                () -> as(scraper, () -> {
                    quotas.chargeProfileView(OWNER, "P-TEST0-00201");
                    return null;
                }));

        assertThat(refused.messageKey()).isEqualTo("pool.quota.views-per-day");
        assertThat(Formats.DUTCH.text(refused.messageKey(), refused.args())).startsWith(
                "U heeft vandaag het maximum van 200 profielen bekeken. Morgen kunt u weer profielen bekijken");
        List<OutboxMail> alerts = mailsTo(ADMIN_ADDRESS, scraper.username());
        assertThat(alerts).singleElement().satisfies(alert -> assertThat(alert.text())
                .contains("Gebruiker: " + scraper.username() + " (werkgever:" + employer + ")")
                .contains("Grens: profielen per gebruiker per dag, 200")
                .contains("Gebruik van deze gebruiker vandaag: 200")
                .contains("Gebruik van de organisatie vandaag: 200 van 1.000")
                .doesNotContain("P-TEST0"));
        assertThat(mailsTo(COORDINATOR_ADDRESS, scraper.username())).hasSize(1);
        List<AuditEntry> entries = as(withTenantRole("admin-hb", OWNER, TenantRole.TENANT_ADMIN), OWNER,
                () -> audit.tenantEntries(new AuditQuery(AuditAction.POOL_QUOTA_EXCEEDED, scraper.username(), null,
                        null, 10)));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo("poolprofiel P-TEST0-00201");
            assertThat(entry.detail()).contains("Gebruik van deze gebruiker vandaag: 200");
        });

        // refused again, but the admins were told once today; a colleague of the same company works on
        clock.advance(Duration.ofMinutes(1));
        assertThat(catchThrowableOfType(PoolQuotaExceededException.class, () -> as(scraper, () -> {
            quotas.chargeProfileView(OWNER, "P-TEST0-00202");
            return null;
        })).messageKey()).isEqualTo("pool.quota.views-per-day");
        assertThat(mailsTo(ADMIN_ADDRESS, scraper.username())).hasSize(1);
        assertThatCode(() -> as(colleague, () -> {
            quotas.chargeProfileView(OWNER, "P-TEST0-00001");
            return null;
        })).doesNotThrowAnyException();
    }

    @Test
    void a_burst_of_views_within_a_minute_is_stopped_by_the_rate_limit_and_goes_on_when_the_bucket_refills() {
        clock.setTo(LocalDateTime.of(2026, 3, 11, 14, 0).atZone(DutchTime.ZONE).toInstant());
        PortalUser fast = employerUser("snel-" + UUID.randomUUID().toString().substring(0, 8),
                900_000 + ThreadLocalRandom.current().nextInt(99_999));

        for (int view = 1; view <= 30; view++) {
            as(fast, () -> {
                quotas.chargeProfileView(OWNER, "P-RATE0-00001");
                return null;
            });
        }
        PoolQuotaExceededException refused = catchThrowableOfType(PoolQuotaExceededException.class,
                () -> as(fast, () -> {
                    quotas.chargeProfileView(OWNER, "P-RATE0-00001");
                    return null;
                }));
        assertThat(refused.messageKey()).isEqualTo("pool.quota.too-fast");
        assertThat(Formats.DUTCH.text(refused.messageKey(), refused.args()))
                .isEqualTo("U vraagt te snel achter elkaar gegevens op (meer dan 30 per minuut). Wacht een minuut en "
                        + "probeer het dan opnieuw.");

        // 30 a minute refill one token every 2 seconds
        clock.advance(Duration.ofSeconds(2));
        assertThatCode(() -> as(fast, () -> {
            quotas.chargeProfileView(OWNER, "P-RATE0-00001");
            return null;
        })).doesNotThrowAnyException();
    }

    @Test
    void a_consultant_searching_in_a_loop_is_stopped_at_300_searches_a_day_and_the_coordinator_gets_the_count() {
        clock.setTo(LocalDateTime.of(2026, 3, 12, 8, 0).atZone(DutchTime.ZONE).toInstant());
        PortalUser searcher = consultant("zoeker-" + UUID.randomUUID().toString().substring(0, 8), "enschede");

        // one search every 3.5 seconds stays under the rate limit of 20 a minute
        for (int search = 1; search <= 300; search++) {
            as(searcher, "enschede", () -> {
                quotas.chargeSearch();
                return null;
            });
            clock.advance(Duration.ofMillis(3500));
        }
        PoolQuotaExceededException refused = catchThrowableOfType(PoolQuotaExceededException.class,
                () -> as(searcher, "enschede", () -> {
                    quotas.chargeSearch();
                    return null;
                }));

        assertThat(Formats.DUTCH.text(refused.messageKey(), refused.args())).isEqualTo(
                "U heeft vandaag het maximum van 300 zoekopdrachten in de kandidatenpool gedaan. Morgen kunt u weer "
                        + "zoeken.");
        assertThat(mailsTo(COORDINATOR_ADDRESS, searcher.username())).singleElement()
                .satisfies(alert -> assertThat(alert.text())
                        .contains("Gebruiker: " + searcher.username() + " (gemeente:enschede)")
                        .contains("Grens: zoekopdrachten per gebruiker per dag, 300")
                        .contains("Gebruik van deze gebruiker vandaag: 300"));
    }

    @Test
    void a_burst_of_searches_is_stopped_by_the_rate_limit_and_a_refused_search_takes_nothing_from_the_day() {
        clock.setTo(LocalDateTime.of(2026, 3, 14, 9, 0).atZone(DutchTime.ZONE).toInstant());
        PortalUser searcher = consultant("snelzoeker-" + UUID.randomUUID().toString().substring(0, 8), "enschede");
        Runnable search = () -> as(searcher, "enschede", () -> {
            quotas.chargeSearch();
            return null;
        });

        // the region's rate limit is 20 searches a minute (QuotaProperties' default)
        for (int i = 1; i <= 20; i++) {
            search.run();
        }
        for (int refusedTry = 1; refusedTry <= 5; refusedTry++) {
            PoolQuotaExceededException refused = catchThrowableOfType(PoolQuotaExceededException.class, search::run);
            assertThat(Formats.DUTCH.text(refused.messageKey(), refused.args()))
                    .isEqualTo("U vraagt te snel achter elkaar gegevens op (meer dan 20 per minuut). Wacht een minuut "
                            + "en probeer het dan opnieuw.");
        }

        // 20 a minute refill one token every 3 seconds; the five refused ones did not count against the day's 300:
        // 20 served now, so 280 more fit in the day (one every 3.5 seconds keeps under the rate)
        clock.advance(Duration.ofSeconds(3));
        for (int i = 1; i <= 280; i++) {
            search.run();
            clock.advance(Duration.ofMillis(3500));
        }
        PoolQuotaExceededException dayFull = catchThrowableOfType(PoolQuotaExceededException.class, search::run);
        assertThat(dayFull.messageKey()).isEqualTo("pool.quota.searches-per-day");
    }

    @Test
    void a_municipality_with_quotas_of_its_own_stops_its_consultants_at_its_number_not_the_regions() {
        // tenants/twente/hellendoorn/tenant.yaml: pool.quotas.searchesPerDay 100 (the region's is 300)
        clock.setTo(LocalDateTime.of(2026, 3, 13, 8, 0).atZone(DutchTime.ZONE).toInstant());
        PortalUser searcher = consultant("zoeker-" + UUID.randomUUID().toString().substring(0, 8), "hellendoorn");

        for (int search = 1; search <= 100; search++) {
            as(searcher, "hellendoorn", () -> {
                quotas.chargeSearch();
                return null;
            });
            clock.advance(Duration.ofMillis(3500));
        }
        PoolQuotaExceededException refused = catchThrowableOfType(PoolQuotaExceededException.class,
                () -> as(searcher, "hellendoorn", () -> {
                    quotas.chargeSearch();
                    return null;
                }));

        assertThat(Formats.DUTCH.text(refused.messageKey(), refused.args())).isEqualTo(
                "U heeft vandaag het maximum van 100 zoekopdrachten in de kandidatenpool gedaan. Morgen kunt u weer "
                        + "zoeken.");
    }

    @Test
    void the_buckets_live_in_postgresql_so_a_second_manager_over_the_same_database_sees_the_tokens_used() {
        String key = "test:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.daily(key, 10).served()).isTrue();
        }

        var otherReplica = QuotaBuckets.manager(dataSource, clock);
        long available = otherReplica.builder().build(key, () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(10).refillIntervally(10, Duration.ofDays(1))).build())
                .getAvailableTokens();

        assertThat(available).isEqualTo(7);
        assertThat(JdbcClient.create(dataSource).sql("select count(*) from pool_rate_bucket where id = :id")
                .param("id", key).query(Integer.class).single()).isEqualTo(1);
        assertThat(buckets.daily(key, 10).used()).isEqualTo(4);
    }

    private static PortalUser employerUser(String username, long employer) {
        return new PortalUser(username, username, Map.of(), Map.of(),
                new EmployerMembership(employer, EmployerRole.EMPLOYER_USER), null);
    }

    private List<OutboxMail> mailsTo(String address, String username) {
        return mail.outbox(200).stream()
                .filter(sent -> sent.to().equals(address) && sent.subject().endsWith(username)).toList();
    }
}
