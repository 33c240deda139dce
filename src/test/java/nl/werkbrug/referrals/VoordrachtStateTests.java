package nl.werkbrug.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import nl.werkbrug.employer.ContractType;
import nl.werkbrug.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The referral's state machine, pair by pair, and the aggregate's guarded moves in every state. */
class VoordrachtStateTests {

    /** Every allowed move, written out by hand from the issue's states; every other pair must be refused. */
    static final Set<String> ALLOWED = Set.of(
            "WACHT_OP_AKKOORD>VOORGESTELD", "WACHT_OP_AKKOORD>NIET_AKKOORD", "WACHT_OP_AKKOORD>TERUGGETROKKEN",
            "WACHT_OP_AKKOORD>VERVALLEN",
            "VOORGESTELD>BEKEKEN", "VOORGESTELD>TERUGGETROKKEN", "VOORGESTELD>VERVALLEN",
            "BEKEKEN>UITGENODIGD", "BEKEKEN>AFGEWEZEN", "BEKEKEN>TERUGGETROKKEN", "BEKEKEN>VERVALLEN",
            "UITGENODIGD>AANGENOMEN", "UITGENODIGD>AFGEWEZEN", "UITGENODIGD>TERUGGETROKKEN", "UITGENODIGD>VERVALLEN");

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final String PROPOSER = "consulent.enschede";
    static final Plaatsing PLACEMENT = new Plaatsing(TODAY, new BigDecimal("32"), ContractType.PERMANENT);

    /** Each guarded method of the aggregate, with the state it moves to. */
    static final Map<VoordrachtState, Consumer<Voordracht>> MOVES = Map.of(
            VoordrachtState.VOORGESTELD, referral -> referral.agree("consulent.hengelo", NOW),
            VoordrachtState.NIET_AKKOORD, referral -> referral.refuseAgreement("past niet", "consulent.hengelo", NOW),
            VoordrachtState.BEKEKEN, referral -> referral.view("werkgever", NOW),
            VoordrachtState.UITGENODIGD, referral -> referral.invite("werkgever", NOW),
            VoordrachtState.AANGENOMEN, referral -> referral.hire(PLACEMENT, false, false, "werkgever", NOW, TODAY),
            VoordrachtState.AFGEWEZEN, referral -> referral.reject(AfwijzingsReden.TAAL, null, "werkgever", NOW),
            VoordrachtState.TERUGGETROKKEN, referral -> referral.withdraw(PROPOSER, NOW),
            VoordrachtState.VERVALLEN, referral -> referral.lapse(LapseCause.VACATURE_GESLOTEN, NOW));

    @Test
    void every_pair_of_states_is_allowed_exactly_when_the_issue_says_so() {
        List<String> wrong = new ArrayList<>();
        for (VoordrachtState from : VoordrachtState.values()) {
            for (VoordrachtState to : VoordrachtState.values()) {
                if (from.canMoveTo(to) != ALLOWED.contains(from + ">" + to)) {
                    wrong.add(from + ">" + to);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(ALLOWED).hasSize(15);
    }

    @ParameterizedTest
    @EnumSource(VoordrachtState.class)
    void the_aggregate_moves_from_a_state_only_where_allowed_and_refuses_the_rest_without_change(VoordrachtState from) {
        MOVES.forEach((to, move) -> {
            Voordracht referral = Voordracht.of(in(from));
            if (ALLOWED.contains(from + ">" + to)) {
                move.accept(referral);
                assertThat(referral.state()).as(from + ">" + to).isEqualTo(to);
                assertThat(referral.events()).as(from + ">" + to).hasSize(1);
            } else {
                assertThatThrownBy(() -> move.accept(referral)).as(from + ">" + to)
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                                .extracting(problem -> problem.messageKey()).containsExactly("referral.error.state"));
                assertThat(referral.state()).isEqualTo(from);
                assertThat(referral.events()).isEmpty();
            }
        });
    }

    @Test
    void a_proposal_by_the_owning_municipality_goes_to_the_employer_and_one_by_another_waits_for_the_owner() {
        Voordracht own = Voordracht.propose(parties("hengelo"), null, "consulent.hengelo", NOW);
        Voordracht other = Voordracht.propose(parties("enschede"), " Sterke lasser ", PROPOSER, NOW);

        assertThat(own.state()).isEqualTo(VoordrachtState.VOORGESTELD);
        assertThat(own.current().sentAt()).isEqualTo(NOW);
        assertThat(other.state()).isEqualTo(VoordrachtState.WACHT_OP_AKKOORD);
        assertThat(other.current().sentAt()).isNull();
        assertThat(other.current().motivation()).isEqualTo("Sterke lasser");
        assertThat(other.events()).singleElement().isInstanceOfSatisfying(ReferralEvent.Proposed.class, event -> {
            assertThat(event.awaitingOwner()).isTrue();
            assertThat(event.tenantId()).isEqualTo("hengelo");
            assertThat(event.proposerTenantId()).isEqualTo("enschede");
        });
    }

    @Test
    void only_the_proposing_consultant_withdraws() {
        Voordracht referral = Voordracht.of(in(VoordrachtState.VOORGESTELD));

        assertThatThrownBy(() -> referral.withdraw("collega.enschede", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.messageKey()).containsExactly("referral.error.not-proposer"));
        referral.withdraw(PROPOSER, NOW);
        assertThat(referral.state()).isEqualTo(VoordrachtState.TERUGGETROKKEN);
    }

    @Test
    void a_hire_needs_a_complete_placement_and_is_refused_when_the_candidate_is_placed_elsewhere() {
        Voordracht referral = Voordracht.of(in(VoordrachtState.UITGENODIGD));

        assertThatThrownBy(() -> referral.hire(new Plaatsing(null, new BigDecimal("41"), null), false, false, "werkgever",
                NOW, TODAY)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(problem -> problem.field() + ":" + problem.messageKey())
                .containsExactlyInAnyOrder("start:referral.error.start-required", "hoursPerWeek:referral.error.hours",
                        "contractType:referral.error.contract-required"));
        assertThatThrownBy(() -> referral.hire(PLACEMENT, true, false, "werkgever", NOW, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.messageKey()).containsExactly("referral.error.placed-elsewhere"));
        assertThat(referral.state()).isEqualTo(VoordrachtState.UITGENODIGD);
    }

    @Test
    void a_rejection_needs_a_reason() {
        Voordracht referral = Voordracht.of(in(VoordrachtState.BEKEKEN));

        assertThatThrownBy(() -> referral.reject(null, "nee", "werkgever", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.field()).containsExactly("reason"));
        referral.reject(AfwijzingsReden.REISAFSTAND, " te ver ", "werkgever", NOW);
        assertThat(referral.current().rejectionReason()).isEqualTo(AfwijzingsReden.REISAFSTAND);
        assertThat(referral.current().note()).isEqualTo("te ver");
    }

    static Voordracht.Parties parties(String proposer) {
        return new Voordracht.Parties(UUID.randomUUID(), "twente", "hengelo", proposer, 7L, "Lasbedrijf", 11L,
                "Lasser", UUID.randomUUID(), "P-ABCDE-FGHIJ", 42L);
    }

    static Referral in(VoordrachtState state) {
        Referral proposed = Voordracht.propose(parties("enschede"), null, PROPOSER, NOW).current();
        return new Referral(proposed.id(), proposed.regionId(), proposed.ownerTenant(), proposed.proposerTenant(),
                proposed.employerId(), proposed.employerName(), proposed.vacancyId(), proposed.vacancyTitle(),
                proposed.profileId(), proposed.pseudonym(), proposed.fileId(), state, null, PROPOSER, NOW, null, null,
                PROPOSER, NOW, null, null, null, null, false, null);
    }
}
