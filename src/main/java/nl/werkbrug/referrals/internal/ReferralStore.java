package nl.werkbrug.referrals.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkbrug.employer.ContractType;
import nl.werkbrug.referrals.AfwijzingsReden;
import nl.werkbrug.referrals.LapseCause;
import nl.werkbrug.referrals.Plaatsing;
import nl.werkbrug.referrals.Referral;
import nl.werkbrug.referrals.Voordracht;
import nl.werkbrug.referrals.VoordrachtState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The referrals. Row-level security decides who reads and writes them (the owning and the proposing municipality,
 * the employer's users once the owner agreed); every method runs in the caller's transaction.
 */
@Repository
public class ReferralStore {

    private static final String SELECT = """
            select id, region_id, owner_tenant_id, proposer_tenant_id, employer_id, employer_name, vacancy_id,
                   vacancy_title, profile_id, pseudonym, file_id, state, motivation, proposed_by, proposed_at,
                   agreed_by, sent_at, changed_by, changed_at, rejection_reason, lapse_cause, note, placement_start,
                   placement_hours, placement_contract, outflow_recorded, reminded_on
            from referral
            """;

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Referral r) {
        jdbc.sql("""
                        insert into referral (id, region_id, owner_tenant_id, proposer_tenant_id, employer_id,
                            employer_name, vacancy_id, vacancy_title, profile_id, pseudonym, file_id, state, motivation,
                            proposed_by, proposed_at, agreed_by, sent_at, changed_by, changed_at)
                        values (:id, :region, :owner, :proposer, :employer, :employerName, :vacancy, :title, :profile,
                                :pseudonym, :file, :state, :motivation, :by, :at, :agreedBy, :sentAt, :by, :at)""")
                .param("id", r.id()).param("region", r.regionId()).param("owner", r.ownerTenant())
                .param("proposer", r.proposerTenant()).param("employer", r.employerId())
                .param("employerName", r.employerName()).param("vacancy", r.vacancyId())
                .param("title", r.vacancyTitle()).param("profile", r.profileId()).param("pseudonym", r.pseudonym())
                .param("file", r.fileId()).param("state", r.state().name()).param("motivation", r.motivation())
                .param("by", r.proposedBy()).param("at", Timestamp.from(r.proposedAt()))
                .param("agreedBy", r.agreedBy()).param("sentAt", timestamp(r.sentAt())).update();
    }

    /**
     * Stores a move of the aggregate, only from the state it was loaded in; answers false when someone else moved it
     * first (then nothing changed).
     */
    public boolean moved(Voordracht referral) {
        Referral r = referral.current();
        @Nullable Plaatsing p = r.placement();
        return jdbc.sql("""
                        update referral set state = :state, agreed_by = :agreedBy, sent_at = :sentAt,
                            changed_by = :by, changed_at = :at, rejection_reason = :reason, lapse_cause = :cause,
                            note = :note, placement_start = :start, placement_hours = :hours,
                            placement_contract = :contract
                        where id = :id and state = :from""")
                .param("state", r.state().name()).param("agreedBy", r.agreedBy())
                .param("sentAt", timestamp(r.sentAt())).param("by", r.changedBy())
                .param("at", Timestamp.from(r.changedAt()))
                .param("reason", r.rejectionReason() == null ? null : r.rejectionReason().name())
                .param("cause", r.lapseCause() == null ? null : r.lapseCause().name()).param("note", r.note())
                .param("start", p == null || p.start() == null ? null : Date.valueOf(p.start()))
                .param("hours", p == null ? null : p.hoursPerWeek())
                .param("contract", p == null || p.contractType() == null ? null : p.contractType().name())
                .param("id", r.id()).param("from", referral.loadedState().name()).update() == 1;
    }

    /** A referral the current user may see. */
    public Optional<Referral> find(UUID id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id).query(ReferralStore::referral).optional();
    }

    /** The referrals of one employer (those it may see), newest first. */
    public List<Referral> ofEmployer(long employerId) {
        return jdbc.sql(SELECT + "where employer_id = :employer order by proposed_at desc")
                .param("employer", employerId).query(ReferralStore::referral).list();
    }

    /** The referrals a municipality's consultant proposed, newest first. */
    public List<Referral> proposedBy(String tenant, String username) {
        return jdbc.sql(SELECT + "where proposer_tenant_id = :tenant and proposed_by = :by order by proposed_at desc")
                .param("tenant", tenant).param("by", username).query(ReferralStore::referral).list();
    }

    /** Referrals of a municipality's profiles in these states, oldest first. */
    public List<Referral> ofOwner(String tenant, Collection<VoordrachtState> states) {
        return jdbc.sql(SELECT + "where owner_tenant_id = :tenant and state in (:states) order by proposed_at, id")
                .param("tenant", tenant).param("states", names(states)).query(ReferralStore::referral).list();
    }

    /** The referrals of one profile in these states (as far as the current user may see them). */
    public List<Referral> ofProfile(UUID profileId, Collection<VoordrachtState> states) {
        return jdbc.sql(SELECT + "where profile_id = :profile and state in (:states) order by proposed_at")
                .param("profile", profileId).param("states", names(states)).query(ReferralStore::referral).list();
    }

    /** The referrals for one vacancy in these states (as far as the current user may see them). */
    public List<Referral> ofVacancy(long vacancyId, Collection<VoordrachtState> states) {
        return jdbc.sql(SELECT + "where vacancy_id = :vacancy and state in (:states) order by proposed_at")
                .param("vacancy", vacancyId).param("states", names(states)).query(ReferralStore::referral).list();
    }

    /** The referrals of a file of the owning municipality in these states. */
    public List<Referral> ofFile(long fileId, Collection<VoordrachtState> states) {
        return jdbc.sql(SELECT + "where file_id = :file and state in (:states) order by proposed_at")
                .param("file", fileId).param("states", names(states)).query(ReferralStore::referral).list();
    }

    /** The hires behind a file of the owning municipality, newest first. */
    public List<Referral> placementsOf(long fileId) {
        return jdbc.sql(SELECT + "where file_id = :file and state = 'AANGENOMEN' order by changed_at desc")
                .param("file", fileId).query(ReferralStore::referral).list();
    }

    /** A municipality's hires whose placement started on or before the day and whose outflow is not on the file yet. */
    public List<Referral> outflowDue(String ownerTenant, LocalDate day) {
        return jdbc.sql(SELECT + """
                        where owner_tenant_id = :tenant and state = 'AANGENOMEN' and not outflow_recorded
                          and placement_start <= :day order by placement_start""")
                .param("tenant", ownerTenant).param("day", Date.valueOf(day)).query(ReferralStore::referral).list();
    }

    public void outflowRecorded(UUID id) {
        jdbc.sql("update referral set outflow_recorded = true where id = :id").param("id", id).update();
    }

    /** A municipality's proposals waiting on the employer to open or answer them, not reminded yet, oldest first. */
    public List<Referral> awaitingEmployer(String proposerTenant) {
        return jdbc.sql(SELECT + """
                        where proposer_tenant_id = :tenant and state in ('VOORGESTELD', 'BEKEKEN')
                          and reminded_on is null
                        order by employer_id, sent_at""")
                .param("tenant", proposerTenant).query(ReferralStore::referral).list();
    }

    public void reminded(UUID id, LocalDate day) {
        jdbc.sql("update referral set reminded_on = :day where id = :id").param("day", Date.valueOf(day))
                .param("id", id).update();
    }

    private static List<String> names(Collection<VoordrachtState> states) {
        return states.stream().map(Enum::name).toList();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Referral referral(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        String reason = rs.getString("rejection_reason");
        String cause = rs.getString("lapse_cause");
        LocalDate start = rs.getObject("placement_start", LocalDate.class);
        BigDecimal hours = rs.getBigDecimal("placement_hours");
        String contract = rs.getString("placement_contract");
        return new Referral(rs.getObject("id", UUID.class), rs.getString("region_id"),
                rs.getString("owner_tenant_id"), rs.getString("proposer_tenant_id"), rs.getLong("employer_id"),
                rs.getString("employer_name"), rs.getLong("vacancy_id"), rs.getString("vacancy_title"),
                rs.getObject("profile_id", UUID.class), rs.getString("pseudonym"), rs.getLong("file_id"),
                VoordrachtState.valueOf(rs.getString("state")), rs.getString("motivation"),
                rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(), rs.getString("agreed_by"),
                sent == null ? null : sent.toInstant(), rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant(), reason == null ? null : AfwijzingsReden.valueOf(reason),
                cause == null ? null : LapseCause.valueOf(cause), rs.getString("note"),
                start == null ? null : new Plaatsing(start, hours, ContractType.valueOf(contract)),
                rs.getBoolean("outflow_recorded"), rs.getObject("reminded_on", LocalDate.class));
    }
}
