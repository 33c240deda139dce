package nl.werkbrug.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.werkbrug.dashboards.Fact.Kind;
import nl.werkbrug.shared.Beslistermijn;
import org.jspecify.annotations.Nullable;

/**
 * Computes a municipality's figures from its facts, as the definitions in {@code kpi-definitions.yaml} say. Pure:
 * the same facts give the same figures, however often or in whatever order they were recorded.
 */
final class KpiCalculator {

    static final String REQUESTS = "aanvragen";
    static final String GRANTS = "toekenningen";
    static final String REFUSALS = "afwijzingen";
    static final String GRANTED_AMOUNT = "toegekend-bedrag";
    static final String IN_TIME = "beslistermijn-tijdig";
    static final String INSTRUMENTS = "instrumentinzet";
    static final String OUTFLOW_TO_WORK = "uitstroom-werk";
    static final String LASTING_OUTFLOW = "duurzame-uitstroom";
    static final String LADDER_UP = "ladder-stijging";
    static final String POOL_SIZE = "pool-omvang";
    static final String POOL_CONFIRMED = "pool-bevestigd";
    static final String INTRODUCTIONS = "kennismakingen";
    static final String SROI_OBLIGATION = "sroi-verplichting";
    static final String SROI_ACCEPTED = "sroi-geaccepteerd";

    static final String PLACEMENTS = "plaatsingen";
    static final String PROPOSALS_PLACED = "voordrachten-geplaatst";
    static final String BANENAFSPRAAK_JOBS = "banenafspraak-banen";

    static final Set<String> COMPUTED = Set.of(REQUESTS, GRANTS, REFUSALS, GRANTED_AMOUNT, IN_TIME, INSTRUMENTS,
            OUTFLOW_TO_WORK, LASTING_OUTFLOW, LADDER_UP, POOL_SIZE, POOL_CONFIRMED, INTRODUCTIONS, PLACEMENTS,
            PROPOSALS_PLACED, BANENAFSPRAAK_JOBS, SROI_OBLIGATION, SROI_ACCEPTED);

    /** Weekly hours that make one job of the banenafspraak (UWV's quota count). */
    static final BigDecimal HOURS_PER_BANENAFSPRAAK_JOB = new BigDecimal("25.5");

    /**
     * The KPIs a fact of each kind is counted in, in the month of the fact (what {@link #compute} does with it): the
     * incremental projection recomputes exactly these cells when a fact arrives. Kinds missing here feed no figure of
     * their own month (they are read through {@link #READ_BY_SUBJECT}, or they make the pool size).
     */
    static final Map<Kind, Set<String>> FEEDS = Map.ofEntries(
            Map.entry(Kind.REQUEST_SUBMITTED, Set.of(REQUESTS)),
            Map.entry(Kind.REQUEST_DECIDED, Set.of(GRANTS, REFUSALS, GRANTED_AMOUNT, IN_TIME)),
            Map.entry(Kind.TRAJECTORY_STARTED, Set.of(INSTRUMENTS)),
            Map.entry(Kind.OUTFLOW, Set.of(OUTFLOW_TO_WORK)),
            Map.entry(Kind.OUTFLOW_LASTING, Set.of(LASTING_OUTFLOW)),
            Map.entry(Kind.RUNG_RECORDED, Set.of(LADDER_UP)),
            Map.entry(Kind.PROFILE_CONFIRMED, Set.of(POOL_CONFIRMED)),
            Map.entry(Kind.INTRODUCTION_REQUESTED, Set.of(INTRODUCTIONS)),
            Map.entry(Kind.PLACEMENT, Set.of(PLACEMENTS, BANENAFSPRAAK_JOBS)),
            Map.entry(Kind.REFERRAL_PROPOSED, Set.of(PROPOSALS_PLACED)),
            Map.entry(Kind.SROI_OBLIGATION, Set.of(SROI_OBLIGATION)),
            Map.entry(Kind.SROI_ACCEPTED, Set.of(SROI_ACCEPTED)));

    /**
     * The facts of the same subject (any month) a kind's figures read besides the facts themselves: a decision reads
     * its request's submission and the questions asked about it, a proposal whether it led to a placement.
     */
    static final Map<Kind, Set<Kind>> READ_BY_SUBJECT = Map.of(
            Kind.REQUEST_DECIDED, Set.of(Kind.REQUEST_SUBMITTED, Kind.INFORMATION_REQUESTED, Kind.INFORMATION_ANSWERED),
            Kind.REFERRAL_PROPOSED, Set.of(Kind.PLACEMENT));

    /** The kinds that make the pool size, a stock: a fact changes its month and every month after it. */
    static final Set<Kind> POOL = Set.of(Kind.POOL_JOINED, Kind.POOL_LEFT);

    /** The dimension of a decision whose request's instrument is not known (submitted before the dashboards). */
    static final String UNKNOWN_INSTRUMENT = "ONBEKEND";

    static final String GRANTED = "TOEGEKEND";
    static final String REFUSED = "AFGEWEZEN";
    static final String WORK = "WERK";

    private KpiCalculator() {
    }

    /** The figures of one municipality; {@code current} is the month of today, up to which the pool size runs. */
    static List<Figure> compute(List<Fact> facts, YearMonth current) {
        List<Figure> figures = new ArrayList<>(flows(facts));
        figures.addAll(poolSize(0, facts, current));
        figures.sort(Comparator.comparing(Figure::kpi).thenComparing(Figure::month).thenComparing(Figure::dimension));
        return figures;
    }

    /**
     * The figures of every KPI but the pool size (a stock) from these facts: each fact counts in the KPIs of its own
     * month ({@link #FEEDS}), reading the facts of its subject ({@link #READ_BY_SUBJECT}) where its figure needs them.
     */
    static List<Figure> flows(List<Fact> facts) {
        Tally tally = new Tally();
        Map<String, List<Fact>> bySubject = facts.stream().collect(Collectors.groupingBy(Fact::subject));
        for (Fact fact : facts) {
            YearMonth month = YearMonth.from(fact.occurredOn());
            switch (fact.kind()) {
                case REQUEST_SUBMITTED -> tally.count(REQUESTS, month, fact.code(), true);
                case REQUEST_DECIDED -> {
                    List<Fact> ofSubject = bySubject.get(fact.subject());
                    decided(tally, fact, month, ofSubject.stream().filter(other -> other.kind() == Kind.REQUEST_SUBMITTED)
                            .findFirst().orElse(null), ofSubject);
                }
                case TRAJECTORY_STARTED -> tally.count(INSTRUMENTS, month, fact.code(), true);
                case OUTFLOW -> {
                    if (WORK.equals(fact.code())) {
                        tally.count(OUTFLOW_TO_WORK, month, null, true);
                    }
                }
                case OUTFLOW_LASTING -> {
                    if (WORK.equals(fact.code())) {
                        tally.count(LASTING_OUTFLOW, month, null, Boolean.TRUE.equals(fact.flag()));
                    }
                }
                case RUNG_RECORDED -> {
                    if (fact.rungFrom() != null && fact.rungTo() != null) {
                        tally.count(LADDER_UP, month, null, fact.rungTo() > fact.rungFrom());
                    }
                }
                case PROFILE_CONFIRMED -> tally.count(POOL_CONFIRMED, month, null, true);
                case INTRODUCTION_REQUESTED -> tally.count(INTRODUCTIONS, month, null, true);
                case SROI_OBLIGATION -> tally.add(SROI_OBLIGATION, month, null, amount(fact));
                case SROI_ACCEPTED -> tally.add(SROI_ACCEPTED, month, null, amount(fact));
                case PLACEMENT -> {
                    tally.count(PLACEMENTS, month, null, true);
                    if (Boolean.TRUE.equals(fact.flag()) && fact.amount() != null) {
                        tally.add(BANENAFSPRAAK_JOBS, month, null, fact.amount());
                    }
                }
                case REFERRAL_PROPOSED -> tally.count(PROPOSALS_PLACED, month, null,
                        bySubject.get(fact.subject()).stream().anyMatch(other -> other.kind() == Kind.PLACEMENT));
                case INFORMATION_REQUESTED, INFORMATION_ANSWERED, POOL_JOINED, POOL_LEFT -> {
                    // used by the decision term and the pool size
                }
            }
        }
        return tally.figures();
    }

    /**
     * The value shown for a KPI from the amount summed over its months and municipalities: the banenafspraak's jobs
     * are the weekly hours divided by 25.5 (the sum first, so no rounding adds up); every other amount as it is.
     */
    static @Nullable BigDecimal shown(String kpi, @Nullable BigDecimal amount) {
        if (BANENAFSPRAAK_JOBS.equals(kpi) && amount != null) {
            return amount.divide(HOURS_PER_BANENAFSPRAAK_JOB, 1, java.math.RoundingMode.HALF_UP);
        }
        return amount;
    }

    private static BigDecimal amount(Fact fact) {
        return fact.amount() == null ? BigDecimal.ZERO : fact.amount();
    }

    private static void decided(Tally tally, Fact decision, YearMonth month, @Nullable Fact request, List<Fact> facts) {
        String instrument = request == null || request.code() == null ? UNKNOWN_INSTRUMENT : request.code();
        if (GRANTED.equals(decision.code())) {
            tally.count(GRANTS, month, instrument, true);
            if (decision.amount() != null) {
                tally.add(GRANTED_AMOUNT, month, instrument, decision.amount());
            }
        } else if (REFUSED.equals(decision.code())) {
            tally.count(REFUSALS, month, null, true);
        }
        if (request != null && request.detail() != null) {
            LocalDate deadline = term(request, facts, decision.occurredOn()).deadline();
            tally.count(IN_TIME, month, null, deadline == null || !decision.occurredOn().isAfter(deadline));
        }
    }

    /** The request's decision term as it stood on the day of the decision: the questions asked and answered until then. */
    static Beslistermijn term(Fact request, List<Fact> facts, LocalDate decidedOn) {
        List<LocalDate> asked = days(facts, Kind.INFORMATION_REQUESTED, request.subject(), decidedOn);
        List<LocalDate> answered = days(facts, Kind.INFORMATION_ANSWERED, request.subject(), decidedOn);
        Beslistermijn term = Beslistermijn.of(request.occurredOn(), Period.parse(request.detail()));
        for (int i = 0; i < asked.size() && !term.isSuspended(); i++) {
            term = term.askForInformation(asked.get(i));
            if (i < answered.size()) {
                term = term.informationReceived(answered.get(i));
            }
        }
        return term;
    }

    private static List<LocalDate> days(List<Fact> facts, Kind kind, String subject, LocalDate until) {
        return facts.stream().filter(fact -> fact.kind() == kind && fact.subject().equals(subject))
                .map(Fact::occurredOn).filter(day -> !day.isAfter(until)).sorted().toList();
    }

    /** The change a pool fact makes to the pool size: one in, one out. */
    static int poolChange(Kind kind) {
        return switch (kind) {
            case POOL_JOINED -> 1;
            case POOL_LEFT -> -1;
            default -> 0;
        };
    }

    /**
     * Profiles in the pool at the end of each month, from the first month with a pool fact among {@code facts} to
     * the current one; {@code before} is the running sum of the pool facts before that month (zero for all facts, the
     * changes of the earlier facts when only the later ones are given).
     */
    static List<Figure> poolSize(int before, List<Fact> facts, YearMonth current) {
        TreeMap<YearMonth, Integer> change = new TreeMap<>();
        for (Fact fact : facts) {
            if (POOL.contains(fact.kind())) {
                change.merge(YearMonth.from(fact.occurredOn()), poolChange(fact.kind()), Integer::sum);
            }
        }
        List<Figure> figures = new ArrayList<>();
        if (change.isEmpty()) {
            return figures;
        }
        YearMonth last = change.lastKey().isAfter(current) ? change.lastKey() : current;
        int size = before;
        for (YearMonth month = change.firstKey(); !month.isAfter(last); month = month.plusMonths(1)) {
            size += change.getOrDefault(month, 0);
            figures.add(new Figure(POOL_SIZE, month, Figure.TOTAL, Math.max(0, size), null, null));
        }
        return figures;
    }

    /** Adds up cases, numerators and amounts per KPI, month and dimension. */
    private static final class Tally {

        private record Key(String kpi, YearMonth month, String dimension) {
        }

        private static final class Sum {
            int cases;
            int numerator;
            @Nullable BigDecimal amount;
        }

        private final Map<Key, Sum> sums = new HashMap<>();
        private final Set<String> shares = Set.of(IN_TIME, LASTING_OUTFLOW, LADDER_UP, PROPOSALS_PLACED);

        void count(String kpi, YearMonth month, @Nullable String dimension, boolean counts) {
            for (Sum sum : sums(kpi, month, dimension)) {
                sum.cases++;
                sum.numerator += counts ? 1 : 0;
            }
        }

        void add(String kpi, YearMonth month, @Nullable String dimension, BigDecimal amount) {
            for (Sum sum : sums(kpi, month, dimension)) {
                sum.cases++;
                sum.amount = sum.amount == null ? amount : sum.amount.add(amount);
            }
        }

        private List<Sum> sums(String kpi, YearMonth month, @Nullable String dimension) {
            Sum total = sums.computeIfAbsent(new Key(kpi, month, Figure.TOTAL), key -> new Sum());
            return dimension == null ? List.of(total)
                    : List.of(total, sums.computeIfAbsent(new Key(kpi, month, dimension), key -> new Sum()));
        }

        List<Figure> figures() {
            return sums.entrySet().stream().map(entry -> new Figure(entry.getKey().kpi(), entry.getKey().month(),
                    entry.getKey().dimension(), entry.getValue().cases,
                    shares.contains(entry.getKey().kpi()) ? entry.getValue().numerator : null,
                    entry.getValue().amount)).toList();
        }
    }
}
