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

import nl.werkbrug.pool.Introduction;
import nl.werkbrug.pool.IntroductionState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The introduction requests. Row-level security decides who reads and writes them: the owning municipality, the
 * requesting municipality, or the requesting employer's users; every method runs in the caller's transaction.
 */
@Repository
public class IntroductionStore {

    /** A profile as a requester may see it (under row-level security): whose it is and its pseudonym. */
    public record VisibleProfile(UUID id, String ownerTenant, String pseudonym) {
    }

    /** A new request, before it is stored. */
    public record NewIntroduction(UUID id, String regionId, String ownerTenant, UUID profileId, String pseudonym,
                                  String requester, @Nullable Long requesterEmployerId,
                                  @Nullable String requesterTenantId, String requesterName, String requestedBy,
                                  @Nullable Long vacancyId, @Nullable String vacancyTitle, @Nullable String message,
                                  Instant requestedAt, @Nullable LocalDate expiresOn) {
    }

    private static final String COLUMNS = """
            i.id, i.profile_id, i.pseudonym, i.owner_tenant_id, i.requester, i.requester_name, i.requested_by,
            i.vacancy_id, i.vacancy_title, i.message, i.state, i.requested_at, i.expires_on, i.answered_by,
            i.answered_at, i.answer_note, m.file_id""";
    /** The file shows only for the owner: pool_membership is the owning municipality's. */
    private static final String FROM = " from pool_introduction i left join pool_membership m on m.profile_id = i.profile_id ";

    private final JdbcClient jdbc;

    IntroductionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The profile if the current user may see it now; the same rule as every pool query (row-level security). */
    public Optional<VisibleProfile> visibleProfile(UUID profileId) {
        return jdbc.sql("select id, tenant_id, pseudonym from pool_profile where id = :id").param("id", profileId)
                .query((rs, row) -> new VisibleProfile(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public void insert(NewIntroduction n) {
        jdbc.sql("""
                        insert into pool_introduction (id, region_id, owner_tenant_id, profile_id, pseudonym, requester,
                            requester_employer_id, requester_tenant_id, requester_name, requested_by, vacancy_id,
                            vacancy_title, message, state, requested_at, expires_on)
                        values (:id, :region, :owner, :profile, :pseudonym, :requester, :employer, :tenant, :name,
                                :by, :vacancy, :title, :message, 'AANGEVRAAGD', :at, :expires)""")
                .param("id", n.id()).param("region", n.regionId()).param("owner", n.ownerTenant())
                .param("profile", n.profileId()).param("pseudonym", n.pseudonym()).param("requester", n.requester())
                .param("employer", n.requesterEmployerId()).param("tenant", n.requesterTenantId())
                .param("name", n.requesterName()).param("by", n.requestedBy()).param("vacancy", n.vacancyId())
                .param("title", n.vacancyTitle()).param("message", n.message())
                .param("at", Timestamp.from(n.requestedAt()))
                .param("expires", n.expiresOn() == null ? null : Date.valueOf(n.expiresOn())).update();
    }

    /** A request the current user may see. */
    public Optional<Introduction> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + "where i.id = :id").param("id", id)
                .query(IntroductionStore::introduction).optional();
    }

    /** The requests of one requester for one profile, newest first. */
    public List<Introduction> ofRequester(UUID profileId, String requester) {
        return jdbc.sql("select " + COLUMNS + FROM + "where i.profile_id = :profile and i.requester = :requester "
                        + "order by i.requested_at desc")
                .param("profile", profileId).param("requester", requester).query(IntroductionStore::introduction)
                .list();
    }

    /** The requests for the given owner's profiles in these states, oldest first (the inbox works them in order). */
    public List<Introduction> forOwner(String ownerTenant, List<IntroductionState> states) {
        return jdbc.sql("select " + COLUMNS + FROM + "where i.owner_tenant_id = :owner and i.state in (:states) "
                        + "order by i.requested_at, i.id")
                .param("owner", ownerTenant).param("states", states.stream().map(Enum::name).toList())
                .query(IntroductionStore::introduction).list();
    }

    /** Open requests of an owner whose last day passed before the given day. */
    public List<Introduction> expiredBefore(String ownerTenant, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + FROM + """
                        where i.owner_tenant_id = :owner and i.state = 'AANGEVRAAGD' and i.expires_on < :day
                        order by i.requested_at""")
                .param("owner", ownerTenant).param("day", Date.valueOf(day)).query(IntroductionStore::introduction)
                .list();
    }

    /** Moves a request on from a state; answers false when it was no longer in it (someone else moved it first). */
    public boolean move(UUID id, IntroductionState from, IntroductionState state, String by, Instant at,
                        @Nullable String note) {
        return jdbc.sql("""
                        update pool_introduction set state = :state, answered_by = :by, answered_at = :at,
                            answer_note = :note
                        where id = :id and state = :from""")
                .param("state", state.name()).param("by", by).param("at", Timestamp.from(at)).param("note", note)
                .param("id", id).param("from", from.name()).update() == 1;
    }

    /** Whether the ledger's latest line for this requester gives consent (owner only: the ledger is theirs). */
    public boolean requesterConsented(UUID profileId, String requester) {
        return jdbc.sql("""
                        select given from pool_consent
                        where profile_id = :profile and audience = 'REQUESTER' and requester = :requester
                        order by recorded_at desc, id desc limit 1""")
                .param("profile", profileId).param("requester", requester).query(Boolean.class).optional()
                .orElse(false);
    }

    private static Introduction introduction(ResultSet rs, int row) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp(15);
        return new Introduction(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, Long.class),
                rs.getString(9), rs.getString(10), IntroductionState.valueOf(rs.getString(11)),
                rs.getTimestamp(12).toInstant(), rs.getObject(13, LocalDate.class), rs.getString(14),
                answeredAt == null ? null : answeredAt.toInstant(), rs.getString(16), rs.getObject(17, Long.class));
    }
}
