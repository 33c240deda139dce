package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import nl.werkbrug.candidates.CandidateEvent;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.pool.Audience;
import nl.werkbrug.pool.PoolEvent;
import nl.werkbrug.referrals.ReferralEvent;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.subsidies.SubsidyEvent;
import nl.werkbrug.subsidies.SubsidyStatus;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.MutableClock;
import nl.werkbrug.support.TestUsers;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each KPI on a small hand-worked dataset of Wierden in March and April 2019 (no other test writes that
 * municipality's 2019), through the listener's mapping and the projection in the real database, read back through the
 * service; replaying the events gives the same figures, and a rebuild gives what the live projection gave.
 */
@IntegrationTest
class KpiFiguresTests {

    private static final String TENANT = "wierden";
    private static final String REGION = "twente";
    private static final String LKS = "LOONKOSTENSUBSIDIE";
    private static final String COACH = "JOBCOACHING";
    private static final String TRIAL = "PROEFPLAATSING";

    @Autowired
    Projector projector;

    @Autowired
    Dashboards dashboards;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEventPublisher publisher;

    private final UUID p1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private final UUID p2 = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private final UUID p3 = UUID.fromString("00000000-0000-0000-0000-000000000003");

    @BeforeEach
    void aprilTwentyNineteen() {
        clock.setTo(LocalDateTime.of(2019, 4, 25, 10, 0).atZone(DutchTime.ZONE).toInstant());
    }

    /** The dataset: each event with the day it was processed. */
    private List<Map.Entry<LocalDate, Object>> events() {
        List<Map.Entry<LocalDate, Object>> events = new ArrayList<>();
        // R1: 8 weeks from Mon 4 March: deadline Mon 29 April; granted 10 April at 1,000.00 -> in time
        add(events, "2019-03-04", new SubsidyEvent.SubsidyRequestSubmitted(9001, TENANT, REGION, 1, "w", LKS, "P8W"));
        add(events, "2019-04-10", decided(9001, SubsidyStatus.TOEGEKEND, "1000.00"));
        // R2: 4 weeks from Tue 5 March = Tue 2 April; asked 12 March, answered 20 March: 13..19 March = 7 days
        // stood still -> Tue 9 April; refused 8 April -> in time
        add(events, "2019-03-05", new SubsidyEvent.SubsidyRequestSubmitted(9002, TENANT, REGION, 1, "w", COACH, "P4W"));
        add(events, "2019-03-12", new SubsidyEvent.InformationRequested(9002, TENANT, REGION, 1, "c"));
        add(events, "2019-03-20", new SubsidyEvent.InformationAnswered(9002, TENANT, REGION, 1, "w"));
        add(events, "2019-04-08", decided(9002, SubsidyStatus.AFGEWEZEN, null));
        // R3: 4 weeks from Wed 6 March = Wed 3 April; granted 15 April at 500.50 -> late
        add(events, "2019-03-06", new SubsidyEvent.SubsidyRequestSubmitted(9003, TENANT, REGION, 1, "w", LKS, "P4W"));
        add(events, "2019-04-15", decided(9003, SubsidyStatus.TOEGEKEND, "500.50"));
        // R4: submitted, not decided
        add(events, "2019-03-07", new SubsidyEvent.SubsidyRequestSubmitted(9004, TENANT, REGION, 1, "w", LKS, "P8W"));
        // R5: granted 11 April at 200.00, its submission never seen -> instrument unknown, left out of the term share
        add(events, "2019-04-11", decided(9005, SubsidyStatus.TOEGEKEND, "200.00"));
        // withdrawals and handling count nowhere
        add(events, "2019-03-08", new SubsidyEvent.SubsidyRequestWithdrawn(9004, TENANT, REGION, 1, "w"));

        // outflow: F1 to work (March), F2 to study (March), F3 to work (April)
        add(events, "2019-03-15", new CandidateEvent.OutflowRecorded(8001, TENANT, REGION, "c", OutflowReason.WERK));
        add(events, "2019-03-16", new CandidateEvent.OutflowRecorded(8002, TENANT, REGION, "c", OutflowReason.STUDIE));
        add(events, "2019-04-01", new CandidateEvent.OutflowRecorded(8003, TENANT, REGION, "c", OutflowReason.WERK));
        // six months on (recorded in April): F1 to work lasted, F4 to work did not, F5 to study lasted (not counted)
        add(events, "2019-04-20", new CandidateEvent.OutflowLastingRecorded(8001, TENANT, REGION, "c", OutflowReason.WERK, true));
        add(events, "2019-04-21", new CandidateEvent.OutflowLastingRecorded(8004, TENANT, REGION, "c", OutflowReason.WERK, false));
        add(events, "2019-04-22", new CandidateEvent.OutflowLastingRecorded(8005, TENANT, REGION, "c", OutflowReason.STUDIE, true));
        // ladder in March: a first measurement (left out), 2 -> 3 up, 4 -> 3 down, 3 -> 3 same
        add(events, "2019-03-01", new CandidateEvent.LadderRungRecorded(8006, TENANT, REGION, "c", null, 2));
        add(events, "2019-03-10", new CandidateEvent.LadderRungRecorded(8006, TENANT, REGION, "c", 2, 3));
        add(events, "2019-03-11", new CandidateEvent.LadderRungRecorded(8007, TENANT, REGION, "c", 4, 3));
        add(events, "2019-03-12", new CandidateEvent.LadderRungRecorded(8008, TENANT, REGION, "c", 3, 3));
        // instruments deployed in March: one loonkostensubsidie, one proefplaatsing (its event delivered twice)
        add(events, "2019-03-02", new CandidateEvent.TrajectoryStarted(8006, TENANT, REGION, "c", LKS));
        add(events, "2019-03-02", new CandidateEvent.TrajectoryStarted(8007, TENANT, REGION, "c", TRIAL));
        add(events, "2019-03-02", new CandidateEvent.TrajectoryStarted(8007, TENANT, REGION, "c", TRIAL));
        // a file opened counts nowhere
        add(events, "2019-03-02", new CandidateEvent.CandidateFileOpened(8007, TENANT, REGION, "c"));

        // pool: P1, P2 join in February, P3 in March, P1 leaves in March; P2's second consent is no joining
        add(events, "2019-02-10", new PoolEvent.ConsentGiven(8101, p1, TENANT, REGION, "c", Audience.REGION_CONSULTANTS, true));
        add(events, "2019-02-11", new PoolEvent.ConsentGiven(8102, p2, TENANT, REGION, "c", Audience.REGION_CONSULTANTS, true));
        add(events, "2019-02-12", new PoolEvent.ConsentGiven(8102, p2, TENANT, REGION, "c", Audience.EMPLOYERS, false));
        add(events, "2019-03-01", new PoolEvent.ConsentGiven(8103, p3, TENANT, REGION, "c", Audience.REGION_CONSULTANTS, true));
        add(events, "2019-03-20", new PoolEvent.ProfileLeft(8101, p1, TENANT, REGION, "c"));
        // confirmations in March: P2 (twice on one day: once), P3
        add(events, "2019-03-05", new PoolEvent.ProfileConfirmed(8102, p2, TENANT, REGION, "c"));
        add(events, "2019-03-05", new PoolEvent.ProfileConfirmed(8102, p2, TENANT, REGION, "c"));
        add(events, "2019-03-06", new PoolEvent.ProfileConfirmed(8103, p3, TENANT, REGION, "c"));
        // introductions: one in March, one in April
        add(events, "2019-03-07", new PoolEvent.IntroductionRequested(8102, p2, TENANT, REGION, "e", UUID.fromString("00000000-0000-0000-0000-000000000011"), "werkgever 1"));
        add(events, "2019-04-01", new PoolEvent.IntroductionRequested(8103, p3, TENANT, REGION, "e", UUID.fromString("00000000-0000-0000-0000-000000000012"), "werkgever 1"));

        // referrals: V1, V2 proposed in March, V3, V4 in April; V5 proposed before the dashboards (never seen);
        // another municipality's proposal counts for the owner, Wierden
        add(events, "2019-03-04", proposed(v1, "wierden"));
        add(events, "2019-03-05", proposed(v2, "enschede"));
        add(events, "2019-04-02", proposed(v3, "wierden"));
        add(events, "2019-04-03", proposed(v4, "wierden"));
        add(events, "2019-04-03", proposed(v4, "wierden"));
        add(events, "2019-04-05", new ReferralEvent.Withdrawn(v2, p2, TENANT, "enschede", REGION, 1, 1, "c"));
        // hires: V5 in March (25.5 h, doelgroepregister); V1 (40 h, register), V3 (12.5 h, register) and V4 (20 h,
        // not in the register) in April
        add(events, "2019-03-20", hired(v5, "25.5", true));
        add(events, "2019-04-10", hired(v1, "40", true));
        add(events, "2019-04-11", hired(v3, "12.5", true));
        add(events, "2019-04-12", hired(v4, "20", false));
        return events;
    }

    private final UUID v1 = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private final UUID v2 = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    private final UUID v3 = UUID.fromString("00000000-0000-0000-0000-0000000000a3");
    private final UUID v4 = UUID.fromString("00000000-0000-0000-0000-0000000000a4");
    private final UUID v5 = UUID.fromString("00000000-0000-0000-0000-0000000000a5");

    private ReferralEvent.Proposed proposed(UUID referral, String proposer) {
        return new ReferralEvent.Proposed(referral, p3, TENANT, proposer, REGION, 1, 1, "c", !proposer.equals(TENANT));
    }

    private ReferralEvent.Hired hired(UUID referral, String hours, boolean register) {
        return new ReferralEvent.Hired(referral, p3, TENANT, TENANT, REGION, 1, 1, "w", LocalDate.of(2019, 5, 1),
                new BigDecimal(hours), ContractType.PERMANENT, register);
    }

    private static SubsidyEvent.SubsidyRequestDecided decided(long id, SubsidyStatus outcome, String amount) {
        return new SubsidyEvent.SubsidyRequestDecided(id, TENANT, REGION, 1, "c", outcome,
                amount == null ? null : new BigDecimal(amount), false);
    }

    private static void add(List<Map.Entry<LocalDate, Object>> events, String day, Object event) {
        events.add(Map.entry(LocalDate.parse(day), event));
    }

    private void feed(List<Map.Entry<LocalDate, Object>> events) {
        feed(TENANT, events);
    }

    /** Feeds the events' facts to {@code tenant}'s projection (the facts carry no municipality of their own). */
    private void feed(String tenant, List<Map.Entry<LocalDate, Object>> events) {
        for (Map.Entry<LocalDate, Object> entry : events) {
            LocalDate day = entry.getKey();
            DashboardListener.factOf(entry.getValue(), day).ifPresent(found -> TenantContext.runAs(tenant,
                    () -> transaction.executeWithoutResult(status -> projector.record(tenant, REGION, found))));
        }
        // the projector's thread took batches of them meanwhile; the rest now
        projector.catchUp(tenant);
    }

    private Map<String, String> stored() {
        return stored(TENANT);
    }

    /** The municipality's figures of the dataset's months (other tests write 2011 facts of Losser and Tubbergen). */
    private Map<String, String> stored(String tenant) {
        return TenantContext.callAs(tenant, () -> transaction.execute(status -> jdbc.sql("""
                        select kpi, month, dimension, cases, numerator, amount from dashboard_figure
                        where month >= date '2019-01-01' and month < date '2019-05-01'""")
                .query((rs, row) -> Map.entry(rs.getString(1) + "|" + rs.getDate(2) + "|" + rs.getString(3),
                        rs.getInt(4) + "|" + rs.getObject(5) + "|" + rs.getBigDecimal(6)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    /** The municipality's admin rebuilds its figures from the facts. */
    private void rebuildAsAdminOf(String tenant) {
        TestUsers.as(TestUsers.withTenantRole("beheer." + tenant + ".test", tenant, TenantRole.TENANT_ADMIN), tenant, () -> {
            dashboards.rebuild();
            return null;
        });
    }

    private static String value(FigureMatrix matrix, String rowKey, String kpi) {
        int column = matrix.kpis().stream().map(KpiDefinition::id).toList().indexOf(kpi);
        FigureMatrix.Row row = rowKey.equals(matrix.total().key()) ? matrix.total()
                : matrix.rows().stream().filter(candidate -> candidate.key().equals(rowKey)).findFirst().orElseThrow();
        Cell cell = row.cells().get(column);
        return cell.suppressed() ? "suppressed" : cell.value() == null ? "-" : cell.value().toPlainString();
    }

    @Test
    void each_kpi_computes_what_its_definition_says_and_replaying_or_rebuilding_changes_nothing() {
        feed(events());
        Map<String, String> live = stored();

        // by hand, per KPI|month|dimension: cases|numerator|amount
        assertThat(live).containsEntry("aanvragen|2019-03-01|", "4|null|null")
                .containsEntry("aanvragen|2019-03-01|" + LKS, "3|null|null")
                .containsEntry("aanvragen|2019-03-01|" + COACH, "1|null|null")
                .containsEntry("toekenningen|2019-04-01|", "3|null|null")
                .containsEntry("toekenningen|2019-04-01|" + LKS, "2|null|null")
                .containsEntry("toekenningen|2019-04-01|ONBEKEND", "1|null|null")
                .containsEntry("afwijzingen|2019-04-01|", "1|null|null")
                .containsEntry("toegekend-bedrag|2019-04-01|", "3|null|1700.50")
                .containsEntry("toegekend-bedrag|2019-04-01|" + LKS, "2|null|1500.50")
                .containsEntry("toegekend-bedrag|2019-04-01|ONBEKEND", "1|null|200.00")
                .containsEntry("beslistermijn-tijdig|2019-04-01|", "3|2|null")
                .containsEntry("instrumentinzet|2019-03-01|", "2|null|null")
                .containsEntry("instrumentinzet|2019-03-01|" + LKS, "1|null|null")
                .containsEntry("instrumentinzet|2019-03-01|" + TRIAL, "1|null|null")
                .containsEntry("uitstroom-werk|2019-03-01|", "1|null|null")
                .containsEntry("uitstroom-werk|2019-04-01|", "1|null|null")
                .containsEntry("duurzame-uitstroom|2019-04-01|", "2|1|null")
                .containsEntry("ladder-stijging|2019-03-01|", "3|1|null")
                .containsEntry("pool-omvang|2019-02-01|", "2|null|null")
                .containsEntry("pool-omvang|2019-03-01|", "2|null|null")
                .containsEntry("pool-omvang|2019-04-01|", "2|null|null")
                .containsEntry("pool-bevestigd|2019-03-01|", "2|null|null")
                .containsEntry("kennismakingen|2019-03-01|", "1|null|null")
                .containsEntry("kennismakingen|2019-04-01|", "1|null|null")
                // March: V5; April: V1, V3, V4
                .containsEntry("plaatsingen|2019-03-01|", "1|null|null")
                .containsEntry("plaatsingen|2019-04-01|", "3|null|null")
                // of March's proposals V1 was hired, V2 not; of April's both (V4 delivered twice counts once)
                .containsEntry("voordrachten-geplaatst|2019-03-01|", "2|1|null")
                .containsEntry("voordrachten-geplaatst|2019-04-01|", "2|2|null")
                // weekly hours in the register: March 25.5; April 40 + 12.5 = 52.5 (V4's 20 h not in the register)
                .containsEntry("banenafspraak-banen|2019-03-01|", "1|null|25.50")
                .containsEntry("banenafspraak-banen|2019-04-01|", "2|null|52.50")
                .hasSize(30);

        // the municipality's own staff read the same through the service: April, and 2019 as a whole
        FigureMatrix own = TestUsers.as(TestUsers.consultant("consulent.wierden.test", TENANT), TENANT,
                () -> dashboards.own(ReportingPeriod.year(2019)));
        assertThat(own.suppressed()).isFalse();
        assertThat(value(own, "2019-04", "beslistermijn-tijdig")).isEqualTo("66.7");  // 2 of 3
        assertThat(value(own, "2019-04", "duurzame-uitstroom")).isEqualTo("50.0");    // 1 of 2
        assertThat(value(own, "2019-03", "ladder-stijging")).isEqualTo("33.3");       // 1 of 3
        assertThat(value(own, "2019-04", "toegekend-bedrag")).isEqualTo("1700.50");
        assertThat(value(own, TENANT, "aanvragen")).isEqualTo("4");
        assertThat(value(own, TENANT, "uitstroom-werk")).isEqualTo("2");              // 1 + 1
        assertThat(value(own, TENANT, "pool-omvang")).isEqualTo("2");                 // at the end of 2019 so far
        assertThat(value(own, "2019-01", "aanvragen")).isEqualTo("-");
        assertThat(value(own, "2019-03", "banenafspraak-banen")).isEqualTo("1.0");    // 25.5 / 25.5
        assertThat(value(own, "2019-04", "banenafspraak-banen")).isEqualTo("2.1");    // 52.5 / 25.5 = 2.06
        // the year adds the hours first: (25.5 + 52.5) / 25.5 = 3.06; adding the months' 1.0 and 2.1 would give 3.1
        assertThat(value(own, TENANT, "banenafspraak-banen")).isEqualTo("3.1");
        assertThat(value(own, TENANT, "voordrachten-geplaatst")).isEqualTo("75.0"); // 3 of 4
        assertThat(value(own, TENANT, "plaatsingen")).isEqualTo("4");

        // the coordinator sees Wierden's 2019 with every cell below 5 suppressed
        FigureMatrix region = TestUsers.as(TestUsers.coordinator("coordinator.twente"),
                () -> dashboards.municipality(TENANT, ReportingPeriod.year(2019)));
        assertThat(region.suppressed()).isTrue();
        assertThat(value(region, TENANT, "aanvragen")).isEqualTo("suppressed");
        assertThat(value(region, "2019-04", "toegekend-bedrag")).isEqualTo("suppressed");
        assertThat(value(region, "2019-01", "aanvragen")).isEqualTo("-");

        // the coordinator's whole page in one call: the same two tables as the two calls, Wierden's cells suppressed
        // (4 requests in 2019, 3 of them loonkostensubsidie: both below 5)
        RegionPage page = TestUsers.as(TestUsers.coordinator("coordinator.twente"),
                () -> dashboards.regionPage(ReportingPeriod.year(2019)));
        assertThat(page.municipalities().suppressed()).isTrue();
        assertThat(page.instruments().suppressed()).isTrue();
        assertThat(value(page.municipalities(), TENANT, "aanvragen")).isEqualTo("suppressed");
        assertThat(value(page.municipalities(), TENANT, "pool-omvang")).isEqualTo("suppressed");
        assertThat(page.instruments().rows()).extracting(FigureMatrix.Row::key).contains(LKS, COACH, TRIAL);
        assertThat(TestUsers.as(TestUsers.coordinator("coordinator.twente"), () -> List.of(
                dashboards.region(ReportingPeriod.year(2019)), dashboards.regionInstruments(ReportingPeriod.year(2019)))))
                .containsExactly(page.municipalities(), page.instruments());

        // replaying every event (the registry resubmits) counts nothing twice
        feed(events());
        assertThat(stored()).isEqualTo(live);

        // rebuilding from the history gives what the live projection gave
        rebuildAsAdminOf(TENANT);
        assertThat(stored()).isEqualTo(live);
    }

    @Test
    void the_same_facts_in_any_order_give_the_same_figures_as_in_their_own_order() {
        feed(events());
        Map<String, String> inOrder = stored();

        // the same events for Losser in reverse (no other test writes its 2019 or Tubbergen's): each decision before
        // its request's submission, each hire before its proposal, a profile leaving the pool before it joined
        List<Map.Entry<LocalDate, Object>> reversed = new ArrayList<>(events());
        java.util.Collections.reverse(reversed);
        feed("losser", reversed);
        // and for Tubbergen shuffled
        List<Map.Entry<LocalDate, Object>> shuffled = new ArrayList<>(events());
        java.util.Collections.shuffle(shuffled, new java.util.Random(14));
        feed("tubbergen", shuffled);

        assertThat(stored("losser")).isEqualTo(inOrder);
        assertThat(stored("tubbergen")).isEqualTo(inOrder);
    }

    @Test
    void a_burst_of_facts_from_four_threads_ends_in_the_same_figures_as_in_order_and_as_a_rebuild() throws Exception {
        feed(events());
        Map<String, String> inOrder = stored();

        // Dinkelland (no other test writes its figures): the dataset shuffled, from four threads at once, a
        // transaction per fact, while the projector's own thread takes them in batches as they commit; nobody calls
        // the projector here
        List<Map.Entry<LocalDate, Object>> shuffled = new ArrayList<>(events());
        java.util.Collections.shuffle(shuffled, new java.util.Random(5));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        for (Map.Entry<LocalDate, Object> entry : shuffled) {
            DashboardListener.factOf(entry.getValue(), entry.getKey()).ifPresent(fact -> threads.execute(() ->
                    TenantContext.runAs("dinkelland", () -> transaction.executeWithoutResult(status ->
                            projector.record("dinkelland", REGION, fact)))));
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(stored("dinkelland")).isEqualTo(inOrder));

        rebuildAsAdminOf("dinkelland");
        assertThat(stored("dinkelland")).isEqualTo(inOrder);
    }

    @Test
    void a_burst_of_published_events_reaches_the_figures_through_the_registry_and_equals_a_rebuild() {
        // Twenterand (no other test writes its figures), today 25 April 2019: 20 files up a rung, 20 down, 20 requests
        // submitted and each decided the same day, granted at 100.00, published in transactions of 20 through the
        // application's publisher; the listeners run after each commit, the projector after theirs
        List<Object> burst = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            burst.add(new CandidateEvent.LadderRungRecorded(9_140_000 + i, "twenterand", REGION, "c", 2, 3));
            burst.add(new CandidateEvent.LadderRungRecorded(9_140_100 + i, "twenterand", REGION, "c", 3, 2));
            burst.add(new SubsidyEvent.SubsidyRequestSubmitted(9_140_200 + i, "twenterand", REGION, 1, "w", LKS, "P8W"));
        }
        for (int i = 0; i < 20; i++) {
            burst.add(new SubsidyEvent.SubsidyRequestDecided(9_140_200 + i, "twenterand", REGION, 1, "c",
                    SubsidyStatus.TOEGEKEND, new BigDecimal("100.00"), false));
        }
        for (int from = 0; from < burst.size(); from += 20) {
            List<Object> slice = burst.subList(from, from + 20);
            TenantContext.runAs("twenterand", () -> transaction.executeWithoutResult(status ->
                    slice.forEach(publisher::publishEvent)));
        }

        // by hand: 40 rungs of which 20 up; 20 requests, 20 grants of loonkostensubsidie, 2,000.00, all in time
        Map<String, String> expected = Map.ofEntries(
                Map.entry("ladder-stijging|2019-04-01|", "40|20|null"),
                Map.entry("aanvragen|2019-04-01|", "20|null|null"),
                Map.entry("aanvragen|2019-04-01|" + LKS, "20|null|null"),
                Map.entry("toekenningen|2019-04-01|", "20|null|null"),
                Map.entry("toekenningen|2019-04-01|" + LKS, "20|null|null"),
                Map.entry("toegekend-bedrag|2019-04-01|", "20|null|2000.00"),
                Map.entry("toegekend-bedrag|2019-04-01|" + LKS, "20|null|2000.00"),
                Map.entry("beslistermijn-tijdig|2019-04-01|", "20|20|null"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stored("twenterand")).isEqualTo(expected));

        rebuildAsAdminOf("twenterand");
        assertThat(stored("twenterand")).isEqualTo(expected);
    }

    @Test
    void rebuilding_is_for_the_municipality_s_admin_only() {
        assertThatThrownBy(() -> TestUsers.as(TestUsers.consultant("consulent.wierden.test", TENANT), TENANT, () -> {
            dashboards.rebuild();
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_enschede_admin_cannot_read_hengelo_s_dashboard_and_reads_no_other_municipality_s_figures_in_enschede() {
        var admin = TestUsers.withTenantRole("beheer.enschede", "enschede", TenantRole.TENANT_ADMIN);

        assertThatThrownBy(() -> TestUsers.as(admin, "hengelo", () -> dashboards.own(ReportingPeriod.year(2019))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(admin, "enschede", () -> dashboards.region(ReportingPeriod.year(2019))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(admin, "enschede", () -> dashboards.regionPage(ReportingPeriod.year(2019))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(admin, "enschede", () -> dashboards.municipality("hengelo", ReportingPeriod.year(2019))))
                .isInstanceOf(AccessDeniedException.class);

        feed(events());
        FigureMatrix own = TestUsers.as(admin, "enschede", () -> dashboards.own(ReportingPeriod.year(2019)));
        assertThat(own.total().key()).isEqualTo("enschede");
        assertThat(value(own, "enschede", "aanvragen")).isEqualTo("-");
        // and under row-level security, Wierden's figures do not exist for Enschede
        long seen = TenantContext.callAs("enschede", () -> transaction.execute(status -> jdbc
                .sql("select count(*) from dashboard_figure where tenant_id = 'wierden'").query(Long.class).single()));
        assertThat(seen).isZero();
        assertThat(YearMonth.of(2019, 4)).isEqualTo(YearMonth.now(clock));
    }
}
