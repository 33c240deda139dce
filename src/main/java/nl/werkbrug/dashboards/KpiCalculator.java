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

    static final Set<String> COMPUTED = Set.of(REQUESTS, GRANTS, REFUSALS, GRANTED_AMOUNT, IN_TIME, INSTRUMENTS,
            OUTFLOW_TO_WORK, LASTING_OUTFLOW, LADDER_UP, POOL_SIZE, POOL_CONFIRMED, INTRODUCTIONS, SROI_OBLIGATION,
            SROI_ACCEPTED);

    /** The dimension of a decision whose request's instrument is not known (submitted before the dashboards). */
    static final String UNKNOWN_INSTRUMENT = "ONBEKEND";

    static final String GRANTED = "TOEGEKEND";
    static final String REFUSED = "AFGEWEZEN";
    static final String WORK = "WERK";

    private KpiCalculator() {
    }

    /** The figures of one municipality; {@code current} is the month of today, up to which the pool size runs. */
    static List<Figure> compute(List<Fact> facts, YearMonth current) {
        Tally tally = new Tally();
        Map<String, Fact> submitted = facts.stream().filter(fact -> fact.kind() == Kind.REQUEST_SUBMITTED)
                .collect(Collectors.toMap(Fact::subject, fact -> fact, (first, second) -> first));
        for (Fact fact : facts) {
            YearMonth month = YearMonth.from(fact.occurredOn());
            switch (fact.kind()) {
                case REQUEST_SUBMITTED -> tally.count(REQUESTS, month, fact.code(), true);
                case REQUEST_DECIDED -> decided(tally, fact, month, submitted.get(fact.subject()), facts);
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
                case INFORMATION_REQUESTED, INFORMATION_ANSWERED, POOL_JOINED, POOL_LEFT -> {
                    // used by the decision term and the pool size
                }
            }
        }
        List<Figure> figures = new ArrayList<>(tally.figures());
        figures.addAll(poolSize(facts, current));
        figures.sort(Comparator.comparing(Figure::kpi).thenComparing(Figure::month).thenComparing(Figure::dimension));
        return figures;
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

    /** Profiles in the pool at the end of each month, from the first month with a pool fact to the current one. */
    private static List<Figure> poolSize(List<Fact> facts, YearMonth current) {
        TreeMap<YearMonth, Integer> change = new TreeMap<>();
        for (Fact fact : facts) {
            if (fact.kind() == Kind.POOL_JOINED || fact.kind() == Kind.POOL_LEFT) {
                change.merge(YearMonth.from(fact.occurredOn()), fact.kind() == Kind.POOL_JOINED ? 1 : -1, Integer::sum);
            }
        }
        List<Figure> figures = new ArrayList<>();
        if (change.isEmpty()) {
            return figures;
        }
        YearMonth last = change.lastKey().isAfter(current) ? change.lastKey() : current;
        int size = 0;
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
        private final Set<String> shares = Set.of(IN_TIME, LASTING_OUTFLOW, LADDER_UP);

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
