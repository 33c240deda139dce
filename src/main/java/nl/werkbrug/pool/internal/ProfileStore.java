package nl.werkbrug.pool.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkbrug.pool.Audience;
import nl.werkbrug.pool.ConsentBasis;
import nl.werkbrug.pool.ConsentLine;
import nl.werkbrug.pool.SupportSignal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pool's tables, written by the owning municipality only (row-level security refuses any other). Every method
 * runs in the caller's transaction.
 */
@Repository
public class ProfileStore {

    /** A profile as its owner keeps it. */
    public record OwnedProfile(UUID id, String pseudonym, boolean consultants, boolean employers,
                               LocalDate lastConfirmed, @Nullable LocalDate employerVisibleUntil, int completeness) {
    }

    /** A file in the pool and its profile. */
    public record Member(long fileId, UUID profileId) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ProfileStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** A new pseudonym (see {@link Pseudonyms}). */
    public static String newPseudonym() {
        return Pseudonyms.next();
    }

    public Optional<UUID> profileOf(long fileId) {
        return jdbc.sql("select profile_id from pool_membership where file_id = :file").param("file", fileId)
                .query(UUID.class).optional();
    }

    /** The file behind a profile of the active municipality; empty for another municipality's profile. */
    public Optional<Long> fileOf(UUID profileId) {
        return jdbc.sql("select file_id from pool_membership where profile_id = :profile").param("profile", profileId)
                .query(Long.class).optional();
    }

    public List<Member> members() {
        return jdbc.sql("select file_id, profile_id from pool_membership order by file_id")
                .query((rs, row) -> new Member(rs.getLong(1), rs.getObject(2, UUID.class))).list();
    }

    /** Files of the active municipality whose employer visibility ran out before the day, oldest first. */
    public List<Long> dueForConfirmation(LocalDate today) {
        return jdbc.sql("""
                        select m.file_id from pool_membership m join pool_profile p on p.id = m.profile_id
                        where p.tenant_id = current_setting('app.tenant_id') and p.consent_employers
                          and p.employer_visible_until < :today
                        order by p.last_confirmed, m.file_id""")
                .param("today", Date.valueOf(today)).query(Long.class).list();
    }

    public Optional<OwnedProfile> owned(UUID profileId) {
        return jdbc.sql("""
                        select id, pseudonym, consent_consultants, consent_employers, last_confirmed,
                               employer_visible_until, completeness
                        from pool_profile where id = :id and tenant_id = current_setting('app.tenant_id')""")
                .param("id", profileId)
                .query((rs, row) -> new OwnedProfile(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
                        rs.getBoolean(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getInt(7)))
                .optional();
    }

    /** A file joining the pool: its new profile as projected, and to whom it is visible from the start. */
    public record Joining(long fileId, UUID profileId, String pseudonym, ProjectedProfile profile,
                          LocalDate confirmedOn, boolean consultants, boolean employers,
                          @Nullable LocalDate employerVisibleUntil, String by, Instant at) {
    }

    /** A line for the consent ledger. */
    public record LedgerEntry(long fileId, UUID profileId, Audience audience, @Nullable String requester,
                              boolean given, String purpose, ConsentBasis basis, String by, Instant at) {
    }

    private static final String PROJECTED_COLUMNS = """
            age_band, postcode_area, latitude, longitude, rung, isco_codes, isco_minor_groups, isco_major_groups,
            skills, education, languages, hours_per_week, available_from, travel_km, driving_licence, signals,
            completeness, search_text""";
    private static final String PROJECTED_VALUES = """
            :ageBand, :area, :lat, :lon, :rung, :codes, :minor, :major, :skills, :education, :languages, :hours,
            :available, :travel, :licence, :signals, :completeness, :text""";

    /** Puts files in the pool under new pseudonymous profiles, in one batch. */
    public void join(String regionId, String tenantId, List<Joining> joinings) {
        List<MapSqlParameterSource> rows = joinings.stream().map(joining -> projected(joining.profile())
                .addValue("id", joining.profileId()).addValue("pseudonym", joining.pseudonym())
                .addValue("region", regionId).addValue("tenant", tenantId).addValue("file", joining.fileId())
                .addValue("confirmed", Date.valueOf(joining.confirmedOn()))
                .addValue("consultants", joining.consultants()).addValue("employers", joining.employers())
                .addValue("until", joining.employerVisibleUntil() == null ? null
                        : Date.valueOf(joining.employerVisibleUntil()))
                .addValue("visibleSince", joining.consultants() || joining.employers()
                        ? Timestamp.from(joining.at()) : null)
                .addValue("by", joining.by()).addValue("at", Timestamp.from(joining.at()))).toList();
        batch("insert into pool_profile (id, pseudonym, region_id, tenant_id, " + PROJECTED_COLUMNS + """
                , last_confirmed, consent_consultants, consent_employers, employer_visible_until, joined_at,
                visible_since, updated_at)
                values (:id, :pseudonym, :region, :tenant, """ + PROJECTED_VALUES + """
                , :confirmed, :consultants, :employers, :until, :at, :visibleSince, :at)""", rows);
        batch("""
                insert into pool_membership (file_id, tenant_id, profile_id, joined_by, joined_at)
                values (:file, :tenant, :id, :by, :at)""", rows);
    }

    /** Replaces the projected facts of a profile; consent and confirmation stay. */
    public void project(UUID profileId, ProjectedProfile p, Instant now) {
        jdbc.sql("update pool_profile set (" + PROJECTED_COLUMNS + ", updated_at) = (" + PROJECTED_VALUES
                        + ", :now) where id = :id")
                .paramSource(projected(p).addValue("now", Timestamp.from(now)).addValue("id", profileId)).update();
    }

    private static MapSqlParameterSource projected(ProjectedProfile p) {
        return new MapSqlParameterSource()
                .addValue("ageBand", p.ageBand() == null ? null : p.ageBand().name())
                .addValue("area", p.postcodeArea())
                .addValue("lat", p.centroid() == null ? null : p.centroid().latitude())
                .addValue("lon", p.centroid() == null ? null : p.centroid().longitude())
                .addValue("rung", p.rung()).addValue("codes", array(p.iscoCodes()))
                .addValue("minor", array(p.minorGroups())).addValue("major", array(p.majorGroups()))
                .addValue("skills", array(p.skills()))
                .addValue("education", p.education() == null ? null : p.education().name())
                .addValue("languages", array(p.languages())).addValue("hours", p.hoursPerWeek())
                .addValue("available", p.availableFrom() == null ? null : Date.valueOf(p.availableFrom()))
                .addValue("travel", p.travelKm()).addValue("licence", p.drivingLicence())
                .addValue("signals", p.signals().stream().map(SupportSignal::name).sorted().toArray(String[]::new))
                .addValue("completeness", p.completeness()).addValue("text", p.searchText());
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            named.batchUpdate(sql, rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    /** Removes a profile from the pool; its membership goes with it, the ledger stays with the file. */
    public void remove(UUID profileId) {
        jdbc.sql("delete from pool_profile where id = :id").param("id", profileId).update();
    }

    /** Sets whether an audience may see the profile, and until when employers see it. */
    public void audience(UUID profileId, Audience audience, boolean visible, @Nullable LocalDate employerVisibleUntil,
                         Instant now) {
        String column = switch (audience) {
            case REGION_CONSULTANTS -> "consent_consultants";
            case EMPLOYERS -> "consent_employers";
            case REQUESTER -> throw new IllegalArgumentException("a requester's consent is not a profile's audience");
        };
        // visible_since moves when the audience newly sees the profile (UPDATE reads the column's old value), so a
        // saved search notices a profile given back to an audience as new
        jdbc.sql("update pool_profile set " + column + " = :visible, employer_visible_until = :until,"
                        + " visible_since = case when :visible and not " + column + " then :now else visible_since end,"
                        + " updated_at = :now where id = :id")
                .param("visible", visible)
                .param("until", employerVisibleUntil == null ? null : Date.valueOf(employerVisibleUntil))
                .param("now", Timestamp.from(now)).param("id", profileId).update();
    }

    public void confirmed(UUID profileId, LocalDate today, @Nullable LocalDate employerVisibleUntil, Instant now) {
        jdbc.sql("""
                        update pool_profile set last_confirmed = :today, employer_visible_until = :until,
                            updated_at = :now
                        where id = :id""")
                .param("today", Date.valueOf(today))
                .param("until", employerVisibleUntil == null ? null : Date.valueOf(employerVisibleUntil))
                .param("now", Timestamp.from(now)).param("id", profileId).update();
    }

    /** Appends one line to the active municipality's consent ledger. */
    public void append(long fileId, UUID profileId, String tenantId, Audience audience, @Nullable String requester,
                       boolean given, String purpose, ConsentBasis basis, String by, Instant now) {
        append(tenantId, List.of(new LedgerEntry(fileId, profileId, audience, requester, given, purpose, basis, by,
                now)));
    }

    /** Appends lines to the active municipality's consent ledger, in one batch. */
    public void append(String tenantId, List<LedgerEntry> lines) {
        batch("""
                insert into pool_consent (tenant_id, file_id, profile_id, audience, requester, given, purpose, basis,
                                          recorded_by, recorded_at)
                values (:tenant, :file, :profile, :audience, :requester, :given, :purpose, :basis, :by, :at)""",
                lines.stream().map(line -> new MapSqlParameterSource().addValue("tenant", tenantId)
                        .addValue("file", line.fileId()).addValue("profile", line.profileId())
                        .addValue("audience", line.audience().name()).addValue("requester", line.requester())
                        .addValue("given", line.given()).addValue("purpose", line.purpose())
                        .addValue("basis", line.basis().name()).addValue("by", line.by())
                        .addValue("at", Timestamp.from(line.at()))).toList());
    }

    /** The consent ledger of a file, oldest first. */
    public List<ConsentLine> ledger(long fileId) {
        return jdbc.sql("""
                        select audience, requester, given, purpose, basis, recorded_by, recorded_at
                        from pool_consent where file_id = :file order by recorded_at, id""")
                .param("file", fileId).query(ProfileStore::line).list();
    }

    private static ConsentLine line(ResultSet rs, int row) throws SQLException {
        return new ConsentLine(Audience.valueOf(rs.getString(1)), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                ConsentBasis.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant());
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}
