package nl.werkbrug.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyFilter;
import nl.werkbrug.pool.PoolCandidates;
import nl.werkbrug.pool.PoolProfile;
import nl.werkbrug.pool.PoolRanking;
import nl.werkbrug.pool.PoolSearch;
import nl.werkbrug.tenancy.CurrentTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two ranked lists. For an employer's own vacancy: the pool profiles the employer may see (the pool's consent and
 * row-level security decide) in the vacancy's occupation group, scored, the best {@value #TOP}. For a pool profile of
 * the consultant's own municipality: the region's open vacancies that share at least its occupation's major group,
 * scored, the best {@value #TOP}. Banenafspraak vacancies go only to candidates with the doelgroepregister signal.
 */
@Service
public class Matching {

    /** How many a ranked list shows. */
    public static final int TOP = 50;

    private final PoolCandidates pool;
    private final PoolSearch search;
    private final Vacancies vacancies;
    private final CurrentTenant currentTenant;
    private final MatchScorer scorer;
    private final Clock clock;

    Matching(PoolCandidates pool, PoolSearch search, Vacancies vacancies, CurrentTenant currentTenant,
             MatchScorer scorer, Clock clock) {
        this.pool = pool;
        this.search = search;
        this.vacancies = vacancies;
        this.currentTenant = currentTenant;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** The version of the weights in use, shown with every list. */
    public String weightsVersion() {
        return scorer.weights().version();
    }

    /** The best candidates for a vacancy of the user's company; empty when it is not the company's. */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional // the vacancy, the ranking and its audit line in one transaction (one set of settings, one commit)
    public Optional<RankedCandidates> candidatesFor(long vacancyId) {
        Optional<VacancyDetail> found = vacancies.mine(vacancyId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        VacancyDetail vacancy = found.get();
        VacancyFacts facts = facts(vacancy, LocalDate.now(clock));
        // the distance from the vacancy's area to every area the pool knows, once (not a call to the pool per profile)
        Map<String, Double> kilometres = pool.kilometresFrom(facts.postcodeArea());
        List<PoolProfile> profiles;
        int considered;
        if (facts.minEducation() == null && facts.drivingLicenceRequired() == null) {
            // the database ranks by the same score and hands over the best; twice as many as shown, so that a
            // rounding difference at the edge cannot keep out one that Java's score would show
            PoolRanking.Ranked ranked = pool.ranked(ranking(facts, kilometres), 2 * TOP, "vacature " + vacancy.id());
            profiles = ranked.best();
            considered = ranked.scored();
        } else {
            // criteria the database ranking does not know: every profile of the group is scored here
            profiles = pool.inOccupationGroup(vacancy.occupation().iscoCode(), TOP, "vacature " + vacancy.id());
            considered = -1;
        }
        List<Match> matches = new ArrayList<>();
        for (PoolProfile profile : profiles) {
            CandidateFacts candidate = facts(profile);
            if (MatchScorer.admits(facts, candidate)) {
                matches.add(scorer.score(facts, candidate, kilometres(kilometres, candidate.postcodeArea()),
                        candidate.key()));
            }
        }
        return Optional.of(new RankedCandidates(vacancy, weightsVersion(), MatchScorer.top(matches, TOP),
                considered < 0 ? matches.size() : considered));
    }

    /** The score of the weights as the pool's database ranking states it (education and licence not stated). */
    private PoolRanking ranking(VacancyFacts vacancy, Map<String, Double> kilometres) {
        MatchWeights weights = scorer.weights();
        MatchWeights.OccupationFit fit = weights.occupation();
        return new PoolRanking(vacancy.iscoCode(), weights.of(Criterion.OCCUPATION),
                List.of(fit.unitGroup(), fit.minorGroup(), fit.majorGroup()), vacancy.skills(),
                weights.of(Criterion.SKILLS), vacancy.hoursPerWeek(), weights.of(Criterion.HOURS),
                kilometres, weights.distance().defaultReachKm(),
                weights.of(Criterion.DISTANCE), vacancy.neededFrom(), weights.availability().graceDays(),
                weights.availability().graceFit(), weights.of(Criterion.AVAILABILITY),
                weights.support().signals().stream()
                        .filter(signal -> signal != nl.werkbrug.pool.SupportSignal.BANENAFSPRAAK)
                        .collect(java.util.stream.Collectors.toSet()),
                weights.of(Criterion.SUPPORT), vacancy.banenafspraak());
    }

    /**
     * The best open vacancies of the region for a pool profile of the consultant's own municipality; empty when the
     * profile is not visible or not the municipality's own.
     */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    public Optional<RankedVacancies> vacanciesFor(String pseudonym) {
        return vacanciesFor(pseudonym, VacancyMarks.any());
    }

    /**
     * The best open vacancies of the region with the marks asked (banenafspraak, SROI) for a pool profile of the
     * consultant's own municipality: the filter is applied before the best are taken.
     */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    public Optional<RankedVacancies> vacanciesFor(String pseudonym, VacancyMarks marks) {
        Optional<PoolProfile> found = search.profile(pseudonym)
                .filter(profile -> profile.ownerTenant().equals(currentTenant.require()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CandidateFacts candidate = facts(found.get());
        // the distance from the profile's area to every area the pool knows, once (as crow flies: either way round)
        Map<String, Double> kilometres = pool.kilometresFrom(candidate.postcodeArea());
        LocalDate today = LocalDate.now(clock);
        List<VacancyDetail> open = vacancies.published(VacancyFilter.none()).stream()
                .filter(vacancy -> vacancy.validThrough() == null || !vacancy.validThrough().isBefore(today))
                .filter(marks::admits).toList();
        List<Match> matches = new ArrayList<>();
        Map<String, VacancyDetail> byKey = new java.util.HashMap<>();
        for (VacancyDetail vacancy : open) {
            VacancyFacts facts = facts(vacancy, today);
            if (MatchScorer.admits(facts, candidate) && sharesMajorGroup(facts, candidate)) {
                matches.add(scorer.score(facts, candidate, kilometres(kilometres, facts.postcodeArea()), facts.key()));
                byKey.put(facts.key(), vacancy);
            }
        }
        return Optional.of(new RankedVacancies(found.get().pseudonym(), weightsVersion(),
                MatchScorer.top(matches, TOP).stream()
                        .map(match -> new RankedVacancies.VacancyMatch(byKey.get(match.key()), match)).toList()));
    }

    private static boolean sharesMajorGroup(VacancyFacts vacancy, CandidateFacts candidate) {
        return candidate.iscoCodes().stream().anyMatch(code -> code.charAt(0) == vacancy.iscoCode().charAt(0));
    }

    /** The distance to an area from the map of one area's distances; none when the area is not stated or not known. */
    private static @Nullable Double kilometres(Map<String, Double> kilometres, @Nullable String area) {
        return area == null ? null : kilometres.get(area);
    }

    /** What the score may know of a vacancy; the form has no education or driving licence field (yet). */
    static VacancyFacts facts(VacancyDetail vacancy, LocalDate today) {
        String postcode = vacancy.postcode().strip();
        return new VacancyFacts("%019d".formatted(vacancy.id()), vacancy.occupation().iscoCode(),
                SkillsScore.listed(vacancy.skills()), vacancy.hoursPerWeek(),
                postcode.length() >= 4 ? postcode.substring(0, 4) : null,
                vacancy.startDate() == null || vacancy.startDate().isBefore(today) ? today : vacancy.startDate(),
                null, null, vacancy.banenafspraak());
    }

    /** What the score may know of a pool profile: not its age band, municipality, languages or rung. */
    static CandidateFacts facts(PoolProfile profile) {
        return new CandidateFacts(profile.pseudonym(), profile.iscoCodes(), profile.skills(), profile.hoursPerWeek(),
                profile.postcodeArea(), profile.travelKm(), profile.availableFrom(), profile.education(),
                profile.drivingLicence(), profile.signals());
    }

}
