package nl.werkbrug.pool;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFileSummary;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.Caseloads;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.CandidateProfile;
import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.candidates.LanguageLevel;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.PortalRoleSettings;
import nl.werkbrug.support.MutableClock;
import nl.werkbrug.tenancy.TenantContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consent ledger and the pseudonymous profile on the real database: what the first consent does, what each
 * audience sees through raw SQL as the portal's role (row-level security is enough on its own), withdrawal taking
 * effect at once, the projection following the file, and the ledger's export.
 */
@IntegrationTest
class PoolConsentsTests {

    @Autowired
    PoolConsents consents;
    @Autowired
    CandidateFiles files;
    @Autowired
    Caseloads caseloads;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MutableClock clock;

    final PortalUser hengelo = consultant("pool.hengelo", "hengelo");
    final PortalUser enschede = consultant("pool.enschede", "enschede");
    CandidateFileDetail file;

    static final ConsentEntry REGION = new ConsentEntry(Audience.REGION_CONSULTANTS,
            "Bemiddeling naar werk in de regio", ConsentBasis.SCHRIFTELIJK);
    static final ConsentEntry EMPLOYERS = new ConsentEntry(Audience.EMPLOYERS,
            "Werkgevers mogen mijn profiel zien", ConsentBasis.DIGITAAL);

    @BeforeEach
    void aHengeloFileWithAProfile() {
        file = as(hengelo, "hengelo", () -> files.open(null, CandidateFixtures.identity("Pim", "Pooltest")));
        as(hengelo, "hengelo", () -> files.editProfile(file.id(), new CandidateProfile(List.of("9112", "5223"),
                List.of("schoonmaken", "kassawerk"), EducationLevel.MBO_2,
                List.of(new CandidateProfile.LanguageSkill("Nederlands", LanguageLevel.B1)), true, 24,
                LocalDate.of(2026, 1, 5), 15, "", "")));
    }

    @Test
    void the_first_consent_puts_the_file_in_the_pool_under_a_pseudonym_with_nothing_that_names_the_candidate() {
        PoolMembership membership = as(hengelo, "hengelo", () -> consents.give(file.id(), REGION));

        assertThat(membership.pseudonym()).matches("P-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(membership.consultants()).isTrue();
        assertThat(membership.employers()).isFalse();
        assertThat(membership.ledger()).singleElement().satisfies(line -> {
            assertThat(line.audience()).isEqualTo(Audience.REGION_CONSULTANTS);
            assertThat(line.given()).isTrue();
            assertThat(line.purpose()).isEqualTo("Bemiddeling naar werk in de regio");
            assertThat(line.recordedBy()).isEqualTo("pool.hengelo");
        });
        // born 17 May 1990: 36 on 1 December 2026 -> 35 to 50; postcode 7551 AB -> area 7551; 8 of 8 fields filled
        String row = owner("select age_band || '|' || postcode_area || '|' || array_to_string(isco_codes, ',') || '|'"
                + " || array_to_string(isco_minor_groups, ',') || '|' || completeness || '|' || hours_per_week"
                + " from pool_profile where id = ?", membership.profileId());
        assertThat(row).isEqualTo(ageBandOn(LocalDate.now(clock)) + "|7551|9112,5223|911,522|100|24");
        String everything = owner("select row_to_json(p)::text from pool_profile p where id = ?", membership.profileId());
        assertThat(everything).doesNotContain("Pim", "Pooltest", "Marktstraat", "1990", "kandidaat@example.org",
                "074 123 4567");
        // nor the file's id as a value (its digits may well occur inside the area's coordinates)
        assertThat(everything).doesNotContainPattern("[:,\\[]\"?" + file.id() + "\"?[,}\\]]");
    }

    private static String ageBandOn(LocalDate day) {
        int age = java.time.Period.between(LocalDate.of(1990, 5, 17), day).getYears();
        return age < 35 ? "FROM_27_TO_34" : age < 50 ? "FROM_35_TO_49" : "FROM_50";
    }

    @Test
    void raw_sql_as_the_portal_role_shows_a_profile_only_to_the_audiences_that_have_consent() throws SQLException {
        UUID profile = as(hengelo, "hengelo", () -> consents.give(file.id(), REGION)).profileId();

        assertThat(visible(profile, "hengelo", "")).as("the owner").isTrue();
        assertThat(visible(profile, "enschede", "")).as("a consultant of another municipality").isTrue();
        assertThat(visible(profile, "", "4711")).as("an employer without employer consent").isFalse();
        assertThat(visible(profile, "", "")).as("nobody").isFalse();

        as(hengelo, "hengelo", () -> consents.give(file.id(), EMPLOYERS));
        assertThat(visible(profile, "", "4711")).as("an employer with employer consent").isTrue();

        as(hengelo, "hengelo", () -> consents.withdraw(file.id(), new ConsentEntry(Audience.EMPLOYERS,
                "Kandidaat trekt toestemming in", ConsentBasis.MONDELING)));
        assertThat(visible(profile, "", "4711")).as("an employer after the withdrawal").isFalse();
        assertThat(visible(profile, "enschede", "")).as("Enschede still, with its own consent").isTrue();
    }

    @Test
    void another_municipality_cannot_change_or_remove_a_profile_it_may_see() throws SQLException {
        UUID profile = as(hengelo, "hengelo", () -> consents.give(file.id(), REGION)).profileId();

        assertThat(update(profile, "enschede", "update pool_profile set consent_employers = true where id = ?")).isZero();
        assertThat(update(profile, "enschede", "delete from pool_profile where id = ?")).isZero();
        assertThat(visible(profile, "", "4711")).isFalse();
    }

    @Test
    void the_ledger_cannot_be_edited_by_the_portal_role_only_appended_to() {
        as(hengelo, "hengelo", () -> consents.give(file.id(), REGION));

        assertThatThrownBy(() -> update(null, "hengelo", "update pool_consent set given = false"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> update(null, "hengelo", "delete from pool_consent"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }

    @Test
    void employers_stop_seeing_a_profile_when_its_confirmation_is_older_than_the_municipalitys_term() {
        // Hengelo's term is 90 days (tenants/twente/hengelo/tenant.yaml): confirmed 91 days ago is too old
        LocalDate today = LocalDate.now(clock);
        clock.moveDays(-91);
        PoolMembership old = as(hengelo, "hengelo", () -> consents.give(file.id(), EMPLOYERS));
        clock.reset();

        assertThat(old.employersSeeUntil()).isEqualTo(today.minusDays(1));
        PoolMembership now = as(hengelo, "hengelo", () -> consents.membership(file.id())).orElseThrow();
        assertThat(now.confirmationDue()).isTrue();
        assertThat(visibleQuietly(now.profileId(), "", "4711")).isFalse();
        assertThat(as(hengelo, "hengelo", () -> caseloads.mineAmong(consents.dueForConfirmation())))
                .extracting(CandidateFileSummary::id).contains(file.id());

        PoolMembership confirmed = as(hengelo, "hengelo", () -> consents.confirm(file.id()));
        assertThat(confirmed.lastConfirmed()).isEqualTo(today);
        assertThat(confirmed.employersSeeUntil()).isEqualTo(today.plusDays(90));
        assertThat(confirmed.confirmationDue()).isFalse();
        assertThat(as(hengelo, "hengelo", () -> consents.dueForConfirmation())).doesNotContain(file.id());
        assertThat(visibleQuietly(now.profileId(), "", "4711")).isTrue();
    }

    @Test
    void the_employers_term_ends_with_the_dutch_calendar_day_whatever_the_time_zone_of_the_database_session()
            throws SQLException {
        UUID profile = as(hengelo, "hengelo", () -> consents.give(file.id(), EMPLOYERS)).profileId();
        LocalDate dutchToday = LocalDate.now(DutchTime.ZONE);
        // at every hour of the Dutch day, one of these two zones is on another calendar day than the Netherlands
        for (String zone : List.of("Etc/GMT+12", "Etc/GMT-14")) {
            for (LocalDate lastDay : List.of(dutchToday.minusDays(1), dutchToday, dutchToday.plusDays(1))) {
                owner("update pool_profile set employer_visible_until = '" + lastDay + "' where id = ? returning ''",
                        profile);
                // the database's now() stands still within the transaction: the Dutch day is taken from it
                EmployerView seen = seenByAnEmployer(profile, zone);
                LocalDate dutchDay = seen.now().atZone(DutchTime.ZONE).toLocalDate();
                assertThat(seen.visible()).as("last day %s, Dutch day %s, session in %s", lastDay, dutchDay, zone)
                        .isEqualTo(!lastDay.isBefore(dutchDay));
            }
        }
    }

    @Test
    void the_profile_follows_the_file_and_leaves_the_pool_when_the_file_closes() {
        UUID profile = as(hengelo, "hengelo", () -> consents.give(file.id(), REGION)).profileId();

        as(hengelo, "hengelo", () -> files.editProfile(file.id(), new CandidateProfile(List.of("7126"),
                List.of("loodgieterswerk"), null, List.of(), false, 32, null, null, "", "")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(owner(
                "select array_to_string(isco_codes, ',') || '|' || hours_per_week || '|' || completeness"
                        + " from pool_profile where id = ?", profile)).isEqualTo("7126|32|50"));

        as(hengelo, "hengelo", () -> files.recordOutflow(file.id(), new FileEntry.OutflowEntry(
                OutflowReason.WERK, LocalDate.now(clock))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(owner("select count(*)::text from pool_profile where id = ?", profile)).isEqualTo("0"));
        assertThat(as(hengelo, "hengelo", () -> consents.membership(file.id()))).isEmpty();
    }

    @Test
    void a_file_s_change_leaves_the_pool_work_after_the_commit_only_when_the_file_is_in_the_pool() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        long[] rows = new long[2];
        as(hengelo, "hengelo", () -> transaction.execute(status -> {
            files.editProfile(file.id(), new CandidateProfile(List.of("7126"), List.of("loodgieterswerk"), null,
                    List.of(), false, 32, null, null, "", ""));
            rows[0] = projectionRows(file.id());
            return null;
        }));
        UUID profile = as(hengelo, "hengelo", () -> consents.give(file.id(), REGION)).profileId();
        as(hengelo, "hengelo", () -> transaction.execute(status -> {
            files.editProfile(file.id(), new CandidateProfile(List.of("9112"), List.of("schoonmaken"), null,
                    List.of(), false, 20, null, null, "", ""));
            return rows[1] = projectionRows(file.id());
        }));

        // not in the pool: no publication row for the pool's projection; in the pool: one (its refresh after the commit)
        assertThat(rows).containsExactly(0, 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(owner(
                "select array_to_string(isco_codes, ',') || '|' || hours_per_week from pool_profile where id = ?",
                profile)).isEqualTo("9112|20"));
    }

    /** Publications (incomplete or not) for the pool's profile projection of an event of the file. */
    private long projectionRows(long fileId) {
        return JdbcClient.create(dataSource).sql("""
                        select count(*) from event_publication
                        where listener_id like '%ProfileProjection%' and serialized_event like '%"fileId":' || :file || ',%'""")
                .param("file", fileId).query(Long.class).single();
    }

    @Test
    void a_consent_without_purpose_or_basis_is_refused_at_its_fields_and_nothing_is_stored() {
        assertThatThrownBy(() -> as(hengelo, "hengelo", () -> consents.give(file.id(),
                new ConsentEntry(Audience.EMPLOYERS, " ", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(FieldProblem.of("purpose", "pool.error.purpose"),
                                FieldProblem.of("basis", "pool.error.basis")));
        assertThat(as(hengelo, "hengelo", () -> consents.membership(file.id()))).isEmpty();
    }

    @Test
    void a_consultant_of_another_municipality_cannot_record_consent_for_a_file_that_is_not_theirs() {
        assertThatThrownBy(() -> as(enschede, "hengelo", () -> consents.give(file.id(), REGION)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(enschede, "enschede", () -> consents.give(file.id(), REGION)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("file", "candidates.error.not-found")));
    }

    @Test
    void the_ledger_exports_as_csv_and_pdf_with_every_line_and_each_export_is_audited() throws IOException {
        as(hengelo, "hengelo", () -> consents.give(file.id(), REGION));
        as(hengelo, "hengelo", () -> consents.give(file.id(), EMPLOYERS));
        as(hengelo, "hengelo", () -> consents.withdraw(file.id(), new ConsentEntry(Audience.EMPLOYERS,
                "Op verzoek van de kandidaat", ConsentBasis.MONDELING)));

        String csv = new String(as(hengelo, "hengelo", () -> consents.ledgerCsv(file.id())), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains("Werkgevers in de regio", "Ingetrokken", "Op verzoek van de kandidaat",
                "Mondeling (in gesprek, vastgelegd door de consulent)", "pool.hengelo");
        byte[] pdf = as(hengelo, "hengelo", () -> consents.ledgerPdf(file.id()));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Uw toestemmingen voor de kandidatenpool", "Ingetrokken voor werkgevers in de regio",
                    "Bemiddeling naar werk in de regio");
        }
        List<String> audited = TenantContext.callAs("hengelo", () -> new TransactionTemplate(transactionManager)
                .execute(status -> JdbcClient.create(dataSource).sql("""
                                select action from audit_event where subject = ? and action = 'POOL_CONSENT_EXPORTED'""")
                        .param(CandidateFiles.subject(file.id())).query(String.class).list()));
        assertThat(audited).hasSize(2);
    }

    // ---- raw SQL as the portal role, with the settings a transaction would carry

    private boolean visibleQuietly(UUID profile, String tenant, String employer) {
        try {
            return visible(profile, tenant, employer);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean visible(UUID profile, String tenant, String employer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PortalRoleSettings.apply(connection, tenant, employer);
            try (PreparedStatement query = connection.prepareStatement("select count(*) from pool_profile where id = ?")) {
                query.setObject(1, profile);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1) == 1;
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private record EmployerView(Instant now, boolean visible) {
    }

    private EmployerView seenByAnEmployer(UUID profile, String sessionZone) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PortalRoleSettings.apply(connection, "", "4711");
            try (var zone = connection.createStatement();
                    PreparedStatement query = connection.prepareStatement(
                            "select now(), (select count(*) from pool_profile where id = ?)")) {
                zone.execute("set local time zone '" + sessionZone + "'");
                query.setObject(1, profile);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return new EmployerView(rows.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                            rows.getInt(2) == 1);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private int update(UUID profile, String tenant, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PortalRoleSettings.apply(connection, tenant, "");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (profile != null) {
                    statement.setObject(1, profile);
                }
                return statement.executeUpdate();
            } finally {
                connection.rollback();
            }
        }
    }

    private String owner(String sql, UUID profile) {
        return TenantContext.callAs("hengelo", () -> new TransactionTemplate(transactionManager).execute(status ->
                JdbcClient.create(dataSource).sql(sql).param(profile).query(String.class).single()));
    }
}
