package nl.werkbrug.pool;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.MutableClock;
import nl.werkbrug.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pool profile rows for search tests, written the way the owning municipality writes them (as the portal's role,
 * under row-level security), with the facts a test chooses. Each test marks its rows with a word of its own in the
 * searchable text, so tests sharing the database never see each other's rows. Public for the matching module's
 * tests, which rank such rows.
 */
public final class PoolProfiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PSEUDONYM = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /** The facts of a test profile; {@code lat}/{@code lon} are the centroid written with its postcode area. */
    public record Row(String tenant, String area, @Nullable Double lat, @Nullable Double lon, List<String> iscoCodes,
               List<String> skills, int completeness, @Nullable Integer hours, @Nullable Integer rung,
               Set<SupportSignal> signals, @Nullable LocalDate availableFrom, @Nullable String education,
               boolean licence, boolean consultants, boolean employers, @Nullable LocalDate employersUntil) {

        Row(String tenant, String area, @Nullable Double lat, @Nullable Double lon, List<String> iscoCodes,
            List<String> skills, int completeness) {
            this(tenant, area, lat, lon, iscoCodes, skills, completeness, 32, 3, Set.of(), null, null, false, true,
                    false, null);
        }

        public Row hours(int value) {
            return new Row(tenant, area, lat, lon, iscoCodes, skills, completeness, value, rung, signals,
                    availableFrom, education, licence, consultants, employers, employersUntil);
        }

        Row rung(int value) {
            return new Row(tenant, area, lat, lon, iscoCodes, skills, completeness, hours, value, signals,
                    availableFrom, education, licence, consultants, employers, employersUntil);
        }

        public Row signals(SupportSignal... values) {
            return new Row(tenant, area, lat, lon, iscoCodes, skills, completeness, hours, rung, Set.of(values),
                    availableFrom, education, licence, consultants, employers, employersUntil);
        }

        public Row available(LocalDate value) {
            return new Row(tenant, area, lat, lon, iscoCodes, skills, completeness, hours, rung, signals, value,
                    education, licence, consultants, employers, employersUntil);
        }

        Row education(String value) {
            return new Row(tenant, area, lat, lon, iscoCodes, skills, completeness, hours, rung, signals,
                    availableFrom, value, licence, consultants, employers, employersUntil);
        }

        Row withLicence() {
            return new Row(tenant, area, lat, lon, iscoCodes, skills, completeness, hours, rung, signals,
                    availableFrom, education, true, consultants, employers, employersUntil);
        }

        public Row audiences(boolean forConsultants, boolean forEmployers, @Nullable LocalDate until) {
            return new Row(tenant, area, lat, lon, iscoCodes, skills, completeness, hours, rung, signals,
                    availableFrom, education, licence, forConsultants, forEmployers, until);
        }
    }

    /** The points of Enschede 7511, Hengelo 7551 and Almelo 7601 in the 4pp data set's rows (see PostcodeAreasTests). */
    public static final double[] ENSCHEDE = {52.2208328, 6.9044681};
    public static final double[] HENGELO = {52.2633239, 6.7933816};
    static final double[] ALMELO = {52.3405643, 6.6803417};

    static PortalUser employerUser(String username, long employerId) {
        return new PortalUser(username, username, Map.of(), Map.of(),
                new EmployerMembership(employerId, EmployerRole.EMPLOYER_USER), null);
    }

    /** A word of letters only that no other test uses, for the searchable text. */
    public static String marker() {
        StringBuilder word = new StringBuilder("zoekproef");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    public static Row at(String tenant, String area, double[] place, List<String> codes, List<String> skills,
                  int completeness) {
        return new Row(tenant, area, place[0], place[1], codes, skills, completeness);
    }

    private final DataSource dataSource;
    private final PlatformTransactionManager transactions;
    private final MutableClock clock;

    /** The portal's database and clock, from the test's application context. */
    public PoolProfiles(ApplicationContext context) {
        this.dataSource = context.getBean(DataSource.class);
        this.transactions = context.getBean(PlatformTransactionManager.class);
        this.clock = context.getBean(MutableClock.class);
    }

    MutableClock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Writes the row as its municipality, confirmed today and visible from now; returns the pseudonym. */
    public String insert(Row row, String marker) {
        return insert(row, marker, today(), clock.instant());
    }

    /** The audit lines of the owning municipality's trail for a query (read as that municipality). */
    java.util.List<String> audited(String tenant, String sql, Object... params) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactions).execute(status -> {
            var statement = JdbcClient.create(dataSource).sql(sql);
            for (Object param : params) {
                statement = statement.param(param);
            }
            return statement.query(String.class).list();
        }));
    }

    /** Writes the row as its municipality; returns the pseudonym. */
    String insert(Row row, String marker, LocalDate lastConfirmed, Instant visibleSince) {
        String pseudonym = pseudonym();
        TenantContext.runAs(row.tenant(), () -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                JdbcClient.create(dataSource).sql("""
                                insert into pool_profile (id, pseudonym, region_id, tenant_id, postcode_area, latitude,
                                    longitude, rung, isco_codes, isco_minor_groups, isco_major_groups, skills, education,
                                    hours_per_week, available_from, driving_licence, signals, completeness, search_text,
                                    last_confirmed, consent_consultants, consent_employers, employer_visible_until,
                                    joined_at, visible_since, updated_at)
                                values (:id, :pseudonym, current_setting('app.region_id'), :tenant, :area, :lat, :lon,
                                    :rung, :codes, :minor, :major, :skills, :education, :hours, :available, :licence,
                                    :signals, :completeness, :text, :confirmed, :consultants, :employers, :until,
                                    :since, :since, :since)""")
                        .param("id", UUID.randomUUID()).param("pseudonym", pseudonym).param("tenant", row.tenant())
                        .param("area", row.area()).param("lat", row.lat()).param("lon", row.lon())
                        .param("rung", row.rung()).param("codes", row.iscoCodes().toArray(String[]::new))
                        .param("minor", row.iscoCodes().stream().map(c -> c.substring(0, 3)).distinct()
                                .toArray(String[]::new))
                        .param("major", row.iscoCodes().stream().map(c -> c.substring(0, 1)).distinct()
                                .toArray(String[]::new))
                        .param("skills", row.skills().toArray(String[]::new)).param("education", row.education())
                        .param("hours", row.hours())
                        .param("available", row.availableFrom() == null ? null : java.sql.Date.valueOf(row.availableFrom()))
                        .param("licence", row.licence())
                        .param("signals", row.signals().stream().map(Enum::name).sorted().toArray(String[]::new))
                        .param("completeness", row.completeness())
                        .param("text", String.join(" ", row.skills()) + " " + marker)
                        .param("confirmed", java.sql.Date.valueOf(lastConfirmed))
                        .param("consultants", row.consultants()).param("employers", row.employers())
                        .param("until", row.employersUntil() == null ? null : java.sql.Date.valueOf(row.employersUntil()))
                        .param("since", Timestamp.from(visibleSince)).update()));
        return pseudonym;
    }

    /** Writes {@code count} copies of the row in one statement (pseudonyms "T-" and ten hex digits). */
    void copies(Row row, String marker, int count) {
        TenantContext.runAs(row.tenant(), () -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                JdbcClient.create(dataSource).sql("""
                                insert into pool_profile (id, pseudonym, region_id, tenant_id, postcode_area, latitude,
                                    longitude, rung, isco_codes, isco_minor_groups, isco_major_groups, skills,
                                    hours_per_week, signals, completeness, search_text, last_confirmed,
                                    consent_consultants, consent_employers, joined_at, visible_since, updated_at)
                                select gen_random_uuid(), 'T-' || upper(substr(md5(random()::text), 1, 5)) || '-'
                                           || upper(substr(md5(random()::text), 1, 5)),
                                    current_setting('app.region_id'), :tenant, :area, :lat, :lon, :rung, :codes, :minor,
                                    :major, :skills, :hours, '{}', :completeness, :text, :confirmed, true, false, now(),
                                    now(), now()
                                from generate_series(1, :count)""")
                        .param("tenant", row.tenant()).param("area", row.area()).param("lat", row.lat())
                        .param("lon", row.lon()).param("rung", row.rung())
                        .param("codes", row.iscoCodes().toArray(String[]::new))
                        .param("minor", row.iscoCodes().stream().map(c -> c.substring(0, 3)).distinct()
                                .toArray(String[]::new))
                        .param("major", row.iscoCodes().stream().map(c -> c.substring(0, 1)).distinct()
                                .toArray(String[]::new))
                        .param("skills", row.skills().toArray(String[]::new)).param("hours", row.hours())
                        .param("completeness", row.completeness())
                        .param("text", String.join(" ", row.skills()) + " " + marker)
                        .param("confirmed", java.sql.Date.valueOf(today())).param("count", count).update()));
    }

    /** Withdraws an audience the way the ledger does: the flag goes off. */
    void consent(String tenant, String pseudonym, boolean consultants, boolean employers) {
        TenantContext.runAs(tenant, () -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                JdbcClient.create(dataSource).sql("""
                                update pool_profile set consent_consultants = :consultants,
                                    consent_employers = :employers where pseudonym = :pseudonym""")
                        .param("consultants", consultants).param("employers", employers)
                        .param("pseudonym", pseudonym).update()));
    }

    private static String pseudonym() {
        StringBuilder pseudonym = new StringBuilder("P-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                pseudonym.append('-');
            }
            pseudonym.append(PSEUDONYM[RANDOM.nextInt(PSEUDONYM.length)]);
        }
        return pseudonym.toString();
    }
}
