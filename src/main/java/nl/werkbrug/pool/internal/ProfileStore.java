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

    ProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Puts a file in the pool under a new pseudonymous profile, with no audience yet. */
    public void join(long fileId, UUID profileId, String pseudonym, String regionId, String tenantId,
                     ProjectedProfile profile, LocalDate today, String by, Instant now) {
        jdbc.sql("""
                        insert into pool_profile (id, pseudonym, region_id, tenant_id, completeness, last_confirmed,
                                                  joined_at, updated_at)
                        values (:id, :pseudonym, :region, :tenant, 0, :today, :now, :now)""")
                .param("id", profileId).param("pseudonym", pseudonym).param("region", regionId)
                .param("tenant", tenantId).param("today", Date.valueOf(today)).param("now", Timestamp.from(now))
                .update();
        project(profileId, profile, now);
        jdbc.sql("""
                        insert into pool_membership (file_id, tenant_id, profile_id, joined_by, joined_at)
                        values (:file, :tenant, :profile, :by, :now)""")
                .param("file", fileId).param("tenant", tenantId).param("profile", profileId).param("by", by)
                .param("now", Timestamp.from(now)).update();
    }

    /** Replaces the projected facts of a profile; consent and confirmation stay. */
    public void project(UUID profileId, ProjectedProfile p, Instant now) {
        jdbc.sql("""
                        update pool_profile set age_band = :ageBand, postcode_area = :area, latitude = :lat,
                            longitude = :lon, rung = :rung, isco_codes = :codes, isco_minor_groups = :minor,
                            isco_major_groups = :major, skills = :skills, education = :education,
                            languages = :languages, hours_per_week = :hours, available_from = :available,
                            travel_km = :travel, driving_licence = :licence, signals = :signals,
                            completeness = :completeness, search_text = :text, updated_at = :now
                        where id = :id""")
                .param("ageBand", p.ageBand() == null ? null : p.ageBand().name())
                .param("area", p.postcodeArea())
                .param("lat", p.centroid() == null ? null : p.centroid().latitude())
                .param("lon", p.centroid() == null ? null : p.centroid().longitude())
                .param("rung", p.rung()).param("codes", array(p.iscoCodes()))
                .param("minor", array(p.minorGroups())).param("major", array(p.majorGroups()))
                .param("skills", array(p.skills()))
                .param("education", p.education() == null ? null : p.education().name())
                .param("languages", array(p.languages())).param("hours", p.hoursPerWeek())
                .param("available", p.availableFrom() == null ? null : Date.valueOf(p.availableFrom()))
                .param("travel", p.travelKm()).param("licence", p.drivingLicence())
                .param("signals", p.signals().stream().map(SupportSignal::name).sorted().toArray(String[]::new))
                .param("completeness", p.completeness()).param("text", p.searchText())
                .param("now", Timestamp.from(now)).param("id", profileId).update();
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
        jdbc.sql("update pool_profile set " + column + """
                         = :visible, employer_visible_until = :until,
                            visible_since = case when :visible then coalesce(visible_since, :now) else visible_since end,
                            updated_at = :now
                        where id = :id""")
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

    public void append(long fileId, UUID profileId, String tenantId, Audience audience, @Nullable String requester,
                       boolean given, String purpose, ConsentBasis basis, String by, Instant now) {
        jdbc.sql("""
                        insert into pool_consent (tenant_id, file_id, profile_id, audience, requester, given, purpose,
                                                  basis, recorded_by, recorded_at)
                        values (:tenant, :file, :profile, :audience, :requester, :given, :purpose, :basis, :by, :now)""")
                .param("tenant", tenantId).param("file", fileId).param("profile", profileId)
                .param("audience", audience.name()).param("requester", requester).param("given", given)
                .param("purpose", purpose).param("basis", basis.name()).param("by", by)
                .param("now", Timestamp.from(now)).update();
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
