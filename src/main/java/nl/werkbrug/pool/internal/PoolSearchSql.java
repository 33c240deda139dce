package nl.werkbrug.pool.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.pool.AgeBand;
import nl.werkbrug.pool.PoolHit;
import nl.werkbrug.pool.PoolProfile;
import nl.werkbrug.pool.PoolQuery;
import nl.werkbrug.pool.PoolResults;
import nl.werkbrug.pool.SupportSignal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pool's search SQL. Row-level security already limits the rows to what the viewer may see; every query here
 * states the audience's conditions itself as well (defence in depth), so a policy mistake alone leaks nothing.
 * Runs in the caller's transaction.
 */
@Repository
public class PoolSearchSql {

    /**
     * Who searches: a consultant of a municipality ({@code tenant}), or an employer's user (no tenant), who sees
     * only profiles with employer consent whose confirmation is still fresh on {@code today}.
     */
    public record Viewer(@Nullable String tenant, LocalDate today) {

        public static Viewer consultant(String tenant, LocalDate today) {
            return new Viewer(tenant, today);
        }

        public static Viewer employer(LocalDate today) {
            return new Viewer(null, today);
        }
    }

    /** Names for what a profile row holds by code: owner municipality and occupation titles. */
    public record Names(Function<String, String> tenant, Function<String, Optional<String>> occupation) {
    }

    private static final String AREAS = "areas";
    private static final String AREA_POINTS = "areaPoints";
    private static final String BAND_AREAS = "bandAreas";
    private static final String AREA_KM = "areaKm";
    private static final String BAND_POINTS = "bandPoints";

    /** A search counts at most this many matches ("more than 1,000"). */
    public static final int COUNT_CAP = 1_000;

    private static final String COLUMNS = """
            p.id, p.pseudonym, p.tenant_id, p.age_band, p.postcode_area, p.rung, p.isco_codes, p.skills, p.education,
            p.languages, p.hours_per_week, p.available_from, p.travel_km, p.driving_licence, p.signals,
            p.completeness, p.last_confirmed""";
    /**
     * What a hit shows of a profile (and what orders it): the rest of the profile is read when it is opened, so a page
     * reads two arrays per profile instead of four.
     */
    private static final String HIT_COLUMNS = """
            p.id, p.pseudonym, p.tenant_id, p.age_band, p.postcode_area, p.rung, p.isco_codes, p.hours_per_week,
            p.signals, p.completeness, p.last_confirmed""";
    private static final String DISTANCE = """
            2 * 6371.0088 * asin(sqrt(power(sin(radians(p.latitude - :lat) / 2), 2)
                + cos(radians(:lat)) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - :lon) / 2), 2)))""";
    private static final double KM_PER_DEGREE = 6371.0088 * Math.PI / 180;
    /** Plain words (no quotes or -not): unless one is "or", every word must occur. */
    private static final java.util.regex.Pattern PLAIN_WORDS = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(\\s+[\\p{L}\\p{N}]+)*");
    private static final java.util.regex.Pattern OR = java.util.regex.Pattern.compile("(?i)(^|\\s)or(\\s|$)");

    /** How many texts' first lexemes are kept. */
    private static final int LEXEMES_KEPT = 2_000;
    /** How many starting points and distances keep their areas in reach. */
    private static final int REACHES_KEPT = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PostcodeAreas areas;
    /** Texts of plain words and their first lexeme; PostgreSQL's {@code to_tsvector} is immutable, so they hold. */
    private final Map<String, Optional<String>> lexemes = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
                    return size() > LEXEMES_KEPT;
                }
            });
    /**
     * The postcode areas in reach of a centroid within a distance, as a search's parameters: the same few starting
     * areas and distances come back search after search, and the areas are data that do not change while the portal
     * runs, so each is worked out over all the region's areas once.
     */
    private final Map<ReachKey, Reach> reaches = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ReachKey, Reach> eldest) {
                    return size() > REACHES_KEPT;
                }
            });

    private record ReachKey(PostcodeAreas.Centroid from, double km) {
    }

    /** The areas in reach with their distances (km) and distance points, in the same order; never changed. */
    private record Reach(String[] areas, Double[] km, Integer[] points) {
    }

    PoolSearchSql(JdbcClient jdbc, NamedParameterJdbcTemplate named, PostcodeAreas areas) {
        this.jdbc = jdbc;
        this.named = named;
        this.areas = areas;
    }

    /**
     * One page of the profiles the viewer may see that match the query, by relevance.
     *
     * @param centroid the centroid of the query's postcode area, when it asks a distance
     */
    public PoolResults search(PoolQuery query, PostcodeAreas.@Nullable Centroid centroid, Viewer viewer,
                              int offset, int limit, Names names) {
        Map<String, Object> params = new HashMap<>();
        Search search = plan(query, centroid, viewer, params, false);
        if (search.banding() != null && search.scored() && params.get(AREAS) instanceof String[] reach
                && reach.length > 0) {
            return byDistanceBands(query, search.banding(), params, offset, offset + limit, names);
        }
        // the page is the best rows by the search's order (top-N, no window over every match); the count, computed
        // once beside the page, stops past the cap
        int[] counted = {0};
        List<PoolHit> hits = query(search.scored() ? PlanMode.CUSTOM : search.keyed() ? PlanMode.GENERIC : null,
                search.page("(" + search.count("true") + ") as total", offset, limit), params, (rs, row) -> {
                    counted[0] = rs.getInt("total");
                    return hit(rs, query, names);
                });
        return capped(hits, counted[0], offset);
    }

    /** The page with its count: above the cap the count is the cap, marked "more than". */
    private static PoolResults capped(List<PoolHit> hits, int counted, int offset) {
        return counted > COUNT_CAP ? new PoolResults(hits, COUNT_CAP, offset, true)
                : new PoolResults(hits, counted, offset, false);
    }

    /**
     * A scored search within a distance, ranked band by band. The postcode areas in reach fall into bands of equal
     * distance points (whole points, 0 to {@value Relevance#NEAREST}); a match in a band scores at most the band's
     * points plus {@link Relevance#maxWithoutDistance}. The bands are read nearest first, each for its best
     * {@code wanted} matches in the page's order; once the next band's best possible score is below the
     * {@code wanted}-th score found, no match beyond can reach the page. The page is the best of the matches read,
     * ordered by the database, and only its profiles are read from {@code pool_profile}; the matches are counted (up
     * to the cap) over all areas in reach, beside the first band (ADR 0014, update). Each statement has the same text
     * for every search of its shape and its values as parameters, and a plan that fits them all (the band's points are
     * one number), so PostgreSQL plans it once per connection.
     */
    private PoolResults byDistanceBands(PoolQuery query, Banding banding, Map<String, Object> params, int offset,
                                        int wanted, Names names) {
        String[] reach = (String[]) params.get(AREAS);
        Integer[] points = (Integer[]) params.get(AREA_POINTS);
        Double[] kilometres = (Double[]) params.get(AREA_KM);
        java.util.SortedMap<Integer, List<String>> bands = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        Map<String, Double> kmByArea = new HashMap<>();
        for (int i = 0; i < reach.length; i++) {
            bands.computeIfAbsent(points[i], band -> new ArrayList<>()).add(reach[i]);
            kmByArea.put(reach[i], kilometres[i]);
        }
        int rest = Relevance.maxWithoutDistance(query);
        String rows = banding.rows(wanted);
        // the count over every area in reach, beside the first band's matches (one row even when the band has none)
        String first = "select t.total, b.* from (" + banding.count() + ") t left join lateral (" + rows + ") b on true";
        List<Banded> read = new ArrayList<>();
        java.util.PriorityQueue<Integer> best = new java.util.PriorityQueue<>(wanted);   // lowest of the best on top
        int total = -1;
        for (var entry : bands.entrySet()) {
            if (best.size() == wanted && entry.getKey() + rest < java.util.Objects.requireNonNull(best.peek())) {
                break;
            }
            params.put(BAND_AREAS, entry.getValue().toArray(String[]::new));
            params.put(BAND_POINTS, entry.getKey());
            boolean isFirst = total < 0;
            int[] counted = {0};
            // the plan cache mode with the first statement; the later ones run under it (local to the transaction)
            List<Banded> found = query(isFirst ? PlanMode.GENERIC : null, isFirst ? first : rows, params, (rs, row) -> {
                if (isFirst) {
                    counted[0] = rs.getInt("total");
                }
                return rs.getObject("profile_id") == null ? null : new Banded(rs.getObject("profile_id",
                        java.util.UUID.class), rs.getInt("score"), rs.getDate("last_confirmed"),
                        rs.getString("pseudonym"), rs.getInt("occupation"), rs.getInt("skills_matched"));
            }).stream().filter(java.util.Objects::nonNull).toList();
            total = isFirst ? counted[0] : total;
            for (Banded match : found) {
                best.add(match.score());
                if (best.size() > wanted) {
                    best.poll();
                }
            }
            read.addAll(found);
        }
        // the page of the matches read, in the search's order, with their profiles
        List<PoolHit> hits = jdbc.sql("""
                        with m as (select * from unnest(cast(:ids as uuid[]), cast(:scores as integer[]),
                            cast(:confirmed as date[]), cast(:pseudonyms as varchar[]), cast(:occupations as integer[]),
                            cast(:skillsMatched as integer[]))
                          as m(profile_id, score, last_confirmed, pseudonym, occupation, skills_matched)
                          order by score desc, last_confirmed desc, pseudonym offset %d limit %d)
                        select %s, m.occupation, m.skills_matched, m.score from m join pool_profile p on p.id = m.profile_id
                        where %s order by m.score desc, m.last_confirmed desc, m.pseudonym"""
                        .formatted(offset, wanted - offset, HIT_COLUMNS, banding.audience()))
                .params(params)
                .param("ids", read.stream().map(Banded::profileId).toArray(java.util.UUID[]::new))
                .param("scores", read.stream().map(Banded::score).toArray(Integer[]::new))
                .param("confirmed", read.stream().map(Banded::lastConfirmed).toArray(java.sql.Date[]::new))
                .param("pseudonyms", read.stream().map(Banded::pseudonym).toArray(String[]::new))
                .param("occupations", read.stream().map(Banded::occupation).toArray(Integer[]::new))
                .param("skillsMatched", read.stream().map(Banded::skillsMatched).toArray(Integer[]::new))
                .query((rs, row) -> {
                    PoolProfile profile = hitProfile(rs, names);
                    Double km = profile.postcodeArea() == null ? null : kmByArea.get(profile.postcodeArea());
                    return new PoolHit(profile, km, rs.getInt("score"), Relevance.reasons(query,
                            rs.getInt("occupation"), rs.getInt("skills_matched"), km));
                }).list();
        return capped(hits, Math.max(total, 0), offset);
    }

    /** One match of a band, with what orders the page and explains it. */
    private record Banded(java.util.UUID profileId, int score, java.sql.Date lastConfirmed, String pseudonym,
                          int occupation, int skillsMatched) {
    }

    /**
     * How many matching profiles became visible after an instant (for a saved search's notice), counting at most
     * {@value #COUNT_CAP} and one more (a number above the cap means "more than").
     */
    public int countVisibleSince(PoolQuery query, PostcodeAreas.@Nullable Centroid centroid, Viewer viewer,
                                 java.time.Instant since) {
        Map<String, Object> params = new HashMap<>();
        params.put("since", java.sql.Timestamp.from(since));
        List<Integer> counted = query(PlanMode.CUSTOM, plan(query, centroid, viewer, params, true)
                .count("visible_since > :since"), params, (rs, row) -> rs.getInt(1));
        return counted.getFirst();
    }

    /**
     * How PostgreSQL plans a search's statement (a setting local to the transaction, {@code plan_cache_mode}).
     * {@link #CUSTOM}: for its own values (which key it reads and how many rows that holds); after five runs of one
     * prepared statement PostgreSQL may otherwise switch to a generic plan that knows none of them. {@link #GENERIC}:
     * one plan per statement (per connection) for statements whose best plan is the same for every value: a search in
     * the key index's own order (one word, one signal: the key's rows in index order, the first page of them) and the
     * statements of a search by distance bands (a band's rows through the area index, sorted by score). Left to
     * choose, PostgreSQL planned those on every execution ({@code pg_prepared_statements}: custom plans only), because
     * a generic plan's estimate for an unknown key, or an unknown list of areas, costs more than the custom plans' for
     * the values at hand; planning took about as long as running them.
     */
    private enum PlanMode {
        CUSTOM("force_custom_plan"), GENERIC("force_generic_plan");

        private final String setting;

        PlanMode(String setting) {
            this.setting = setting;
        }
    }

    /**
     * The rows of a statement, with the plan cache mode (when given) set in the same network flight: the setting and
     * the statement go to PostgreSQL as one message sequence with one sync, which PostgreSQL runs in order, so the
     * statement is planned under the setting without a round trip of its own (a separate {@code set local} was one
     * round trip per search more than the hand-written SQL makes, on statements of 1–4 ms). pgjdbc still keeps each
     * part as a server-side prepared statement, so the plan cache serves the statement as before.
     */
    private <T> List<T> query(@Nullable PlanMode mode, String sql, Map<String, Object> params, RowMapper<T> rows) {
        if (mode == null) {
            return jdbc.sql(sql).params(params).query(rows).list();
        }
        List<T> result = named.execute("set local plan_cache_mode = " + mode.setting + ";\n" + sql, params,
                statement -> {
                    statement.execute();   // the setting: no rows
                    if (!statement.getMoreResults()) {
                        throw new IllegalStateException("the statement after the plan cache mode returned no rows");
                    }
                    List<T> found = new ArrayList<>();
                    try (ResultSet rs = statement.getResultSet()) {
                        while (rs.next()) {
                            found.add(rows.mapRow(rs, found.size()));
                        }
                    }
                    return found;
                });
        return java.util.Objects.requireNonNull(result);
    }

    /** The profile with this pseudonym, if the viewer may see it. */
    public Optional<PoolProfile> profile(String pseudonym, Viewer viewer, Names names) {
        Map<String, Object> params = new HashMap<>();
        params.put("pseudonym", pseudonym);
        return jdbc.sql("select " + COLUMNS + " from pool_profile p where p.pseudonym = :pseudonym and "
                        + audience("p", viewer, params))
                .params(params).query((rs, row) -> profile(rs, names)).optional();
    }

    /**
     * The profiles the viewer may see with an occupation in an ISCO-08 group: a minor group (3 digits) or a major
     * group (1 digit), found through the key rows of kind {@code G}, at most {@code cap} of them by pseudonym (a
     * stable choice). For ranking elsewhere (matching); the audience conditions are stated on both tables.
     */
    public List<PoolProfile> inOccupationGroup(String group, Viewer viewer, int cap, Names names) {
        Map<String, Object> params = new HashMap<>();
        params.put("cap", cap);
        String key = groupKey(group, params);
        return query(PlanMode.CUSTOM, "select " + COLUMNS + " from pool_profile p where p.id in (select k.profile_id"
                        + " from pool_search_key k where " + audience("k", viewer, params) + " and k.kind = 'G' and "
                        + key + ") and " + audience("p", viewer, params) + " order by p.pseudonym limit :cap",
                params, (rs, row) -> profile(rs, names));
    }

    /** The key condition for the rows {@code G} of a minor group (3 digits) or of a major group's minor groups (1). */
    private static String groupKey(String group, Map<String, Object> params) {
        params.put("group", group);
        if (group.length() == 1) {
            params.put("groupNext", String.valueOf((char) (group.charAt(0) + 1)));
            return "k.key >= cast(:group as varchar) and k.key < cast(:groupNext as varchar)";
        }
        return "k.key = cast(:group as varchar)";
    }

    /**
     * The best {@code limit} profiles the viewer may see in an ISCO-08 group (as {@link #inOccupationGroup}) by a
     * ranking's score computed here, highest first, ties by pseudonym; with how many were scored.
     */
    public nl.werkbrug.pool.PoolRanking.Ranked ranked(nl.werkbrug.pool.PoolRanking ranking, String group,
                                                      Viewer viewer, int limit, Names names) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        String key = groupKey(group, params);
        String code = ranking.iscoCode();
        // values the score compares with arrays are bound as arrays: an array[...] around a parameter is built again
        // for every row of a plan that is kept
        params.put("codes", new String[] {code});
        params.put("minor", code.substring(0, 3));
        // every part in whole tenths of a point, rounded half up as the owner rounds its parts (integer arithmetic
        // per row: numeric made the score most of the ranking's time at 1,000,000 profiles)
        // unit group, minor group, major group
        List<Integer> occupationTenths = ranking.occupationFits().stream()
                .map(fit -> (int) Math.round(ranking.occupationWeight() * fit * 10)).toList();
        params.put("unitGroupTenths", occupationTenths.get(0));
        params.put("minorGroupTenths", occupationTenths.get(1));
        params.put("majorGroupTenths", occupationTenths.get(2));
        // one term per asked skill: whether the key row's skills (lower case, trimmed) hold it
        List<String> skillTerms = new ArrayList<>();
        for (String skill : ranking.skills()) {
            String name = "skill" + skillTerms.size();
            params.put(name, new String[] {skill.strip().toLowerCase(java.util.Locale.ROOT)});
            skillTerms.add("(k.skills @> cast(:" + name + " as text[]))::int");
        }
        params.put("skillCount", ranking.skills().size());
        params.put("skillsWeight", ranking.skillsWeight());
        // hours in tenths of an hour (the vacancy states one decimal)
        params.put("hoursTenths", ranking.hours().movePointRight(1).setScale(0, java.math.RoundingMode.HALF_UP)
                .intValueExact());
        params.put("hoursWeight", ranking.hoursWeight());
        params.put("areas", ranking.areaKm().keySet().toArray(String[]::new));
        params.put("areaKm", ranking.areaKm().keySet().stream().map(ranking.areaKm()::get).toArray(Double[]::new));
        params.put("reach", ranking.defaultReachKm());
        params.put("distanceWeight", ranking.distanceWeight());
        params.put("needed", java.sql.Date.valueOf(ranking.neededFrom()));
        params.put("grace", java.sql.Date.valueOf(ranking.neededFrom().plusDays(ranking.graceDays())));
        params.put("graceTenths", (int) Math.round(ranking.availabilityWeight() * ranking.graceFit() * 10));
        params.put("availabilityTenths", 10 * ranking.availabilityWeight());
        params.put("support", ranking.supportSignals().stream().map(Enum::name).sorted().toArray(String[]::new));
        params.put("supportTenths", 10 * ranking.supportWeight());
        String reach = "(case when k.travel_km > 0 then k.travel_km else :reach end)";
        String hours = "k.hours_per_week * 10";
        // on the occupation key rows of the group alone (pool-008: they carry every input, an index covers them);
        // a row's key is its minor group, so the rows of a major group's other minor groups share the major group.
        // w × a ÷ b to tenths, half up: (20 × w × a + b) div (2 × b)
        String score = """
                (case when k.isco_codes @> cast(:codes as varchar[]) then :unitGroupTenths
                      when k.key = cast(:minor as varchar) then :minorGroupTenths else :majorGroupTenths end)
                + %2$s
                + (case when k.hours_per_week > 0 and :hoursTenths > 0 then (20 * :hoursWeight
                      * least(%3$s, :hoursTenths) + greatest(%3$s, :hoursTenths)) / (2 * greatest(%3$s, :hoursTenths))
                      else 0 end)
                + (case when d.km <= %1$s then floor(10 * :distanceWeight * (1 - d.km / %1$s) + 0.5)::int else 0 end)
                + (case when k.available_from <= :needed then :availabilityTenths
                      when k.available_from <= :grace then :graceTenths else 0 end)
                + (case when k.signals && cast(:support as varchar[]) then :supportTenths else 0 end)
                """.formatted(reach, skillTerms.isEmpty() ? "0"
                : "(20 * :skillsWeight * (" + String.join(" + ", skillTerms) + ") + :skillCount) / (2 * :skillCount)",
                hours);
        // a profile in two minor groups of a major group has two key rows there: it counts once, with its best
        boolean major = group.length() == 1;
        // no custom plans: the plan is the same for every vacancy (the group's rows through the matching index), so
        // PostgreSQL may keep one per connection
        parallelRanking();
        int[] scored = {0};
        String where = " where " + audience("k", viewer, params) + " and k.kind = 'G' and " + key
                + (ranking.doelgroepOnly() ? " and k.signals @> array['BANENAFSPRAAK']::varchar[]" : "");
        // how many were scored: for an employer's ranking of a minor group, the group's key rows with employer
        // consent as they are counted when written (pool-012), summed over the visibility dates still to come; else
        // counted beside the ranking (a window over every scored row made the ranking keep them all)
        String scoredCount = !major && viewer.tenant() == null && !ranking.doelgroepOnly()
                ? "(select coalesce(sum(g.profiles), 0) from pool_employer_group_count g"
                        + " where g.region_id = current_setting('app.region_id') and g.key = cast(:group as varchar)"
                        + " and g.employer_visible_until >= :today)"
                : "(select count(" + (major ? "distinct k.profile_id" : "*") + ") from pool_search_key k" + where + ")";
        List<PoolProfile> best = jdbc.sql("with c as (select k.profile_id as id, k.pseudonym, "
                        + (major ? "max(" + score + ")" : score) + " as score from pool_search_key k"
                        + " left join unnest(cast(:areas as varchar[]), cast(:areaKm as double precision[])) d(area, km)"
                        + " on d.area = k.postcode_area" + where + (major ? " group by k.profile_id, k.pseudonym" : "")
                        + " order by score desc, k.pseudonym limit :limit)"
                        + " select " + COLUMNS + ", " + scoredCount + " as scored from c"
                        + " join pool_profile p on p.id = c.id where "
                        + audience("p", viewer, params) + " order by c.score desc, c.pseudonym")
                .params(params).query((rs, row) -> {
                    scored[0] = rs.getInt("scored");
                    return profile(rs, names);
                }).list();
        return new nl.werkbrug.pool.PoolRanking.Ranked(best, scored[0]);
    }

    /**
     * Lets the ranking's scan and score run in two parallel workers (settings local to the transaction). The planner
     * cannot see through the audience policy's conditions and estimates a few hundred visible key rows where a
     * group holds tens of thousands at 1,000,000 profiles, so by its default costs a parallel plan never pays; the
     * hand-written reference of {@code bench/matching.sh} runs with the same settings.
     */
    public static final String PARALLEL_RANKING = "select set_config('parallel_setup_cost', '10', true),"
            + " set_config('parallel_tuple_cost', '0.001', true), set_config('min_parallel_index_scan_size', '0', true)";

    private void parallelRanking() {
        jdbc.sql(PARALLEL_RANKING).query().singleRow();
    }

    private static PoolHit hit(ResultSet rs, PoolQuery query, Names names) throws SQLException {
        Double km = query.distance() ? rs.getObject("distance_km", Double.class) : null;
        return new PoolHit(hitProfile(rs, names), km, rs.getInt("score"),
                Relevance.reasons(query, rs.getInt("occupation"), rs.getInt("skills_matched"), km));
    }

    /**
     * The query as SQL. When one of its filters has keys (occupation, skills, plain words, a support signal), the
     * matches are found through {@code pool_search_key} by that filter (btree conditions only, which row-level
     * security lets the index answer), ranked on the key rows, and only the page's rows are read from
     * {@code pool_profile}; it is joined for every match only when a filter needs the profile itself. Without keys
     * {@code pool_profile} is read directly. {@code scored}: the order depends on the query (occupation, skills or
     * distance asked), so every match is scored; else the order is the key index's own.
     *
     * @param hits the matches with {@code profile_id}, {@code occupation}, {@code skills_matched},
     *             {@code distance_km}, {@code rank}, {@code last_confirmed}, {@code pseudonym} (and the profile's
     *             columns when {@code keyed} is false)
     */
    record Search(String hits, boolean keyed, boolean scored, String score, String audience,
                  @Nullable Banding banding) {

        private static final String ORDER = " order by score desc, last_confirmed desc, pseudonym";

        /**
         * The page from {@code offset}: its bounds are part of the statement's text, not parameters, so PostgreSQL's
         * plan for it knows that it wants {@code limit} rows and keeps that plan for every execution (a generic plan
         * for an unknown limit assumes a tenth of all matches, costs more than the custom plans, and was never chosen:
         * the statement was planned on every search).
         */
        String page(String total, int offset, int limit) {
            // without scoring the score is the rank, so the index's order is the page's
            String order = scored || !keyed ? ORDER : " order by rank desc, last_confirmed desc, pseudonym";
            String page = "with hits as (" + hits + ") select hits.*, " + score + " as score, " + total
                    + " from hits" + order + " offset " + offset + " limit " + limit;
            if (!keyed) {
                return page;
            }
            return "with page as (" + page + ") select " + HIT_COLUMNS + ", page.occupation, page.skills_matched,"
                    + " page.distance_km, page.score, page.total from page join pool_profile p on p.id = page.profile_id"
                    + " where " + audience + " order by page.score desc, page.last_confirmed desc, page.pseudonym";
        }

        String count(String condition) {
            return "select count(*) from (with hits as (" + hits + ") select 1 from hits where " + condition
                    + " limit " + (COUNT_CAP + 1) + ") capped";
        }
    }

    /**
     * A keyed search within a distance, read band by band ({@link #byDistanceBands}).
     *
     * @param band  the matches in the areas {@code :bandAreas}, all {@code :bandPoints} distance points away
     * @param reach the matches in every area in reach, for the count
     */
    record Banding(String band, String reach, String score, String audience) {

        /** A band's best {@code wanted} matches in the page's order (the bound in the text, as for a page). */
        String rows(int wanted) {
            return "with hits as (" + band + ") select profile_id, occupation, skills_matched, last_confirmed,"
                    + " pseudonym, cast(" + score + " as integer) as score from hits"
                    + " order by score desc, last_confirmed desc, pseudonym limit " + wanted;
        }

        /** The matches in reach, counted up to one past the cap. */
        String count() {
            return "select count(*) as total from (with hits as (" + reach + ") select 1 from hits limit "
                    + (COUNT_CAP + 1) + ") capped";
        }
    }

    /** @param withProfile whether the matches carry the profile's {@code visible_since} */
    Search plan(PoolQuery query, PostcodeAreas.@Nullable Centroid centroid, Viewer viewer,
                Map<String, Object> params, boolean withProfile) {
        List<String> where = new ArrayList<>();
        String audience = audience("p", viewer, params);
        String occupation = occupation(query, params);
        String skills = skills(query, params);
        String distance = "null::double precision";
        String distancePoints = "0";
        Key key = key(query, params);
        boolean scored = query.iscoCode() != null || !query.skills().isEmpty() || query.distance();
        if (key == null) {
            where.add(audience);
            if (query.distance() && centroid != null) {
                distance = distance(query, centroid, where, params);
                distancePoints = Relevance.distancePointsSql(distance);
            }
            occupationFilter(query, where);
            skillsFilter(query, where, skills);
            filters(query, where, params, null);
            String hits = "select " + HIT_COLUMNS + ", p.id as profile_id, p.visible_since, " + occupation
                    + " as occupation, " + skills + " as skills_matched, " + distance + " as distance_km, "
                    + distancePoints + " as distance_points from"
                    + " pool_profile p where " + String.join("\n  and ", where);
            return new Search(hits, false, scored, Relevance.sql(query, "completeness / 10"), audience, null);
        }
        List<String> keyWhere = new ArrayList<>();
        keyWhere.add(audience("k", viewer, params));
        keyWhere.add(key.condition());
        keyFilters(query, keyWhere);
        String areaJoin = "";
        String inReach = null;
        if (query.distance() && centroid != null) {
            double withinKm = java.util.Objects.requireNonNull(query.withinKm());
            Reach reach = reaches.computeIfAbsent(new ReachKey(centroid, withinKm), wanted -> {
                Map<String, Double> within = areas.within(centroid, withinKm);
                // the distance points once per postcode area here, not per matching row in the database
                return new Reach(within.keySet().toArray(String[]::new), within.values().toArray(Double[]::new),
                        within.values().stream().map(km -> Relevance.distancePoints(km, withinKm))
                                .toArray(Integer[]::new));
            });
            params.put(AREAS, reach.areas());
            params.put(AREA_KM, reach.km());
            params.put(AREA_POINTS, reach.points());
            inReach = "k.postcode_area = any(cast(:" + AREAS + " as varchar[]))";
            areaJoin = " join unnest(cast(:areas as varchar[]), cast(:areaKm as double precision[]),"
                    + " cast(:areaPoints as integer[])) as reach(area, km, points) on reach.area = k.postcode_area";
            distance = "reach.km";
            distancePoints = "reach.points";
        }
        // a profile found by two of its keys (two asked skills, two minor groups of a major group) counts once
        boolean grouped = key.kind() == 'S' || key.kind() == 'G'
                && query.scope() == nl.werkbrug.pool.OccupationScope.BEROEPSKLASSE;
        if (key.kind() == 'G') {
            if (query.scope() == nl.werkbrug.pool.OccupationScope.BEROEP) {
                keyWhere.add("k.isco_codes @> array[cast(:code as varchar)]");
            }
            occupation = """
                    case when k.isco_codes @> array[cast(:code as varchar)] then 3
                         when k.key = cast(:minor as varchar) then 2 else 1 end""";
        } else {
            occupationFilter(query, where);
        }
        if (key.kind() == 'S') {
            skills = "count(*)";   // one key row per matching skill of the profile
        } else {
            skillsFilter(query, where, skills);
        }
        filters(query, where, params, key);
        boolean join = withProfile || !where.isEmpty() || !query.skills().isEmpty() && key.kind() != 'S';
        if (join) {
            where.addFirst(audience);
        }
        KeyHits keyHits = new KeyHits(key.kind(), grouped, join, occupation, skills,
                String.join(" and ", keyWhere) + (where.isEmpty() ? "" : "\n  and " + String.join("\n  and ", where)));
        String score = Relevance.sql(query, "rank");
        // within a distance: the bands' statements, without the areas' join (a band's points are one number)
        Banding banding = inReach == null ? null : new Banding(
                keyHits.sql("", "null::double precision", "cast(:" + BAND_POINTS + " as integer)",
                        "k.postcode_area = any(cast(:" + BAND_AREAS + " as varchar[]))"),
                keyHits.sql("", "null::double precision", "0", inReach), score, audience);
        return new Search(keyHits.sql(areaJoin, distance, distancePoints, inReach), true, scored, score, audience,
                banding);
    }

    /**
     * The matches of a keyed search as SQL, with the distance columns and area condition given: the key rows (and the
     * profile when a filter needs it), one row per profile.
     */
    private record KeyHits(char kind, boolean grouped, boolean join, String occupation, String skills,
                           String where) {

        String sql(String areaJoin, String distance, String distancePoints, @Nullable String areaCondition) {
            return "select k.profile_id, k.rank, k.last_confirmed, k.pseudonym, "
                    + (grouped && kind == 'G' ? "max(" + occupation + ")" : occupation) + " as occupation, "
                    + (grouped && kind != 'S' ? "max(" + skills + ")" : skills) + " as skills_matched, "
                    + (grouped ? "max(" + distance + ")" : distance) + " as distance_km, "
                    + (grouped ? "max(" + distancePoints + ")" : distancePoints) + " as distance_points"
                    + (join ? ", p.visible_since" : "") + " from pool_search_key k" + areaJoin
                    + (join ? " join pool_profile p on p.id = k.profile_id" : "") + " where " + where
                    + (areaCondition == null ? "" : " and " + areaCondition)
                    + (grouped ? " group by k.profile_id, k.rank, k.last_confirmed, k.pseudonym"
                    + (join ? ", p.visible_since" : "") : "");
        }
    }

    /** The filter whose keys find the matches, most selective kind first; none when no filter has keys. */
    private record Key(char kind, String condition) {
    }

    /** The key condition; the region is the audience condition's, which the key rows carry beside it. */
    private @Nullable Key key(PoolQuery query, Map<String, Object> params) {
        String kind = "k.kind = ";
        if (query.iscoCode() != null) {
            return switch (query.scope()) {
                case BEROEP, BEROEPSGROEP -> new Key('G', kind + "'G' and k.key = cast(:minor as varchar)");
                case BEROEPSKLASSE -> {
                    // the minor groups of a major group: keys from "9" up to (not including) the next character
                    params.put("majorNext", String.valueOf((char) (query.iscoCode().charAt(0) + 1)));
                    yield new Key('G', kind + "'G' and k.key >= cast(:major as varchar)"
                            + " and k.key < cast(:majorNext as varchar)");
                }
            };
        }
        if (!query.skills().isEmpty()) {
            return new Key('S', kind + "'S' and k.key = any(cast(:skills as varchar[]))");
        }
        if (!query.text().isEmpty() && PLAIN_WORDS.matcher(query.text()).matches() && !OR.matcher(query.text()).find()) {
            // every word must occur, so the rows of any one word hold all matches; the word as a plain parameter:
            // computed in the statement, its functions (not leakproof) kept it out of the index condition of a
            // generic plan under row-level security, so PostgreSQL planned the statement again on every search
            params.put("word", firstLexeme(query.text()).orElse(null));
            return new Key('W', kind + "'W' and k.key = cast(:word as text)");
        }
        if (!query.signals().isEmpty()) {
            params.put("signal", query.signals().iterator().next().name());
            return new Key('V', kind + "'V' and k.key = cast(:signal as varchar)");
        }
        return null;
    }

    /**
     * The alphabetically first lexeme of a text as the {@code dutch} configuration makes it (as the key rows of kind
     * {@code W} hold the lexemes of a profile's search text); empty when the text has none (stop words only). One round
     * trip the first time a text is searched; kept for the next searches of it.
     */
    private Optional<String> firstLexeme(String text) {
        Optional<String> known = lexemes.get(text);
        if (known == null) {
            known = jdbc.sql("select (tsvector_to_array(to_tsvector('dutch', :text)))[1]").param("text", text)
                    .query((rs, row) -> Optional.ofNullable(rs.getString(1))).single();
            lexemes.put(text, known);
        }
        return known;
    }

    private static String audience(String alias, Viewer viewer, Map<String, Object> params) {
        if (viewer.tenant() != null) {
            params.put("viewerTenant", viewer.tenant());
            return ("%1$s.region_id = current_setting('app.region_id') "
                    + "and (%1$s.tenant_id = :viewerTenant or %1$s.consent_consultants)").formatted(alias);
        }
        params.put("today", java.sql.Date.valueOf(viewer.today()));
        return ("%1$s.region_id = current_setting('app.region_id') "
                + "and %1$s.consent_employers and %1$s.employer_visible_until >= :today").formatted(alias);
    }

    private static String occupation(PoolQuery query, Map<String, Object> params) {
        String code = query.iscoCode();
        if (code == null) {
            return "0";
        }
        params.put("code", code);
        params.put("minor", code.substring(0, 3));
        params.put("major", code.substring(0, 1));
        return """
                case when p.isco_codes @> array[cast(:code as varchar)] then 3
                     when p.isco_minor_groups @> array[cast(:minor as varchar)] then 2
                     when p.isco_major_groups @> array[cast(:major as varchar)] then 1 else 0 end""";
    }

    private static void occupationFilter(PoolQuery query, List<String> where) {
        if (query.iscoCode() != null) {
            where.add(switch (query.scope()) {
                case BEROEP -> "p.isco_codes @> array[cast(:code as varchar)]";
                case BEROEPSGROEP -> "p.isco_minor_groups @> array[cast(:minor as varchar)]";
                case BEROEPSKLASSE -> "p.isco_major_groups @> array[cast(:major as varchar)]";
            });
        }
    }

    private static String skills(PoolQuery query, Map<String, Object> params) {
        params.put("skillCount", Math.max(1, query.skills().size()));
        if (query.skills().isEmpty()) {
            return "0";
        }
        params.put("skills", query.skills().stream().map(skill -> skill.toLowerCase(java.util.Locale.ROOT))
                .toArray(String[]::new));
        return "(select count(*) from unnest(p.skills) skill where lower(skill) = any(:skills))";
    }

    private static void skillsFilter(PoolQuery query, List<String> where, String matched) {
        if (!query.skills().isEmpty()) {
            where.add(matched + " > 0");
        }
    }

    private static String distance(PoolQuery query, PostcodeAreas.Centroid centroid, List<String> where,
                                   Map<String, Object> params) {
        double km = java.util.Objects.requireNonNull(query.withinKm());
        double latitudeSpan = km / KM_PER_DEGREE;
        double longitudeSpan = km / (KM_PER_DEGREE * Math.cos(Math.toRadians(centroid.latitude())));
        params.put("lat", centroid.latitude());
        params.put("lon", centroid.longitude());
        params.put("withinKm", km);
        params.put("latFrom", centroid.latitude() - latitudeSpan);
        params.put("latTo", centroid.latitude() + latitudeSpan);
        params.put("lonFrom", centroid.longitude() - longitudeSpan);
        params.put("lonTo", centroid.longitude() + longitudeSpan);
        // the box narrows by index; the great circle decides
        where.add("p.latitude between :latFrom and :latTo and p.longitude between :lonFrom and :lonTo");
        where.add(DISTANCE + " <= :withinKm");
        return DISTANCE;
    }

    /** Hours and rung on the key rows, so the key index's scan leaves out what does not fit. */
    private static void keyFilters(PoolQuery query, List<String> where) {
        if (query.minHours() != null) {
            where.add("k.hours_per_week >= :minHours");
        }
        if (query.maxHours() != null) {
            where.add("k.hours_per_week <= :maxHours");
        }
        if (query.minRung() != null) {
            where.add("k.rung >= :minRung");
        }
        if (query.maxRung() != null) {
            where.add("k.rung <= :maxRung");
        }
    }

    /** The filters on the profile; hours and rung only without keys (the key rows carry them). */
    private static void filters(PoolQuery query, List<String> where, Map<String, Object> params, @Nullable Key key) {
        String hours = key == null ? "p.hours_per_week" : null;
        String rung = key == null ? "p.rung" : null;
        range(hours, query.minHours(), ">=", "minHours", where, params);
        range(hours, query.maxHours(), "<=", "maxHours", where, params);
        range(rung, query.minRung(), ">=", "minRung", where, params);
        range(rung, query.maxRung(), "<=", "maxRung", where, params);
        if (!query.signals().isEmpty() && (key == null || key.kind() != 'V' || query.signals().size() > 1)) {
            where.add("p.signals @> cast(:signals as varchar[])");
            params.put("signals", query.signals().stream().map(SupportSignal::name).sorted().toArray(String[]::new));
        }
        if (query.availableBy() != null) {
            where.add("p.available_from <= :availableBy");
            params.put("availableBy", java.sql.Date.valueOf(query.availableBy()));
        }
        if (query.minEducation() != null) {
            where.add("p.education = any(:educations)");
            params.put("educations", Arrays.stream(EducationLevel.values())
                    .filter(level -> level.compareTo(query.minEducation()) >= 0).map(Enum::name).toArray(String[]::new));
        }
        if (query.drivingLicence()) {
            where.add("p.driving_licence");
        }
        if (!query.text().isEmpty()) {
            params.put("text", query.text());
            // the key rows of one word are exactly the profiles with it; of several words, those with the first
            if (key == null || key.kind() != 'W' || query.text().split("\\s+").length > 1) {
                where.add("p.search_vector @@ websearch_to_tsquery('dutch', :text)");
            }
        }
    }

    private static void range(@Nullable String column, @Nullable Integer bound, String operator, String name,
                              List<String> where, Map<String, Object> params) {
        if (bound != null) {
            params.put(name, bound);
            if (column != null) {
                where.add(column + " " + operator + " :" + name);
            }
        }
    }

    private static PoolProfile profile(ResultSet rs, Names names) throws SQLException {
        List<String> codes = strings(rs.getArray("isco_codes"));
        String education = rs.getString("education");
        String tenant = rs.getString("tenant_id");
        return new PoolProfile(rs.getObject("id", UUID.class), rs.getString("pseudonym"), tenant,
                names.tenant().apply(tenant), ageBand(rs),
                rs.getString("postcode_area"), rs.getObject("rung", Integer.class), codes, titles(codes, names),
                strings(rs.getArray("skills")), education == null ? null : EducationLevel.valueOf(education),
                strings(rs.getArray("languages")), rs.getObject("hours_per_week", Integer.class),
                rs.getObject("available_from", LocalDate.class), rs.getObject("travel_km", Integer.class),
                rs.getBoolean("driving_licence"), signals(rs), rs.getInt("completeness"),
                rs.getObject("last_confirmed", LocalDate.class));
    }

    /** A profile of a hit list: {@link #HIT_COLUMNS}; what a hit list does not show is left empty. */
    private static PoolProfile hitProfile(ResultSet rs, Names names) throws SQLException {
        List<String> codes = strings(rs.getArray("isco_codes"));
        String tenant = rs.getString("tenant_id");
        return new PoolProfile(rs.getObject("id", UUID.class), rs.getString("pseudonym"), tenant,
                names.tenant().apply(tenant), ageBand(rs), rs.getString("postcode_area"), rs.getObject("rung", Integer.class),
                codes, titles(codes, names), List.of(), null, List.of(), rs.getObject("hours_per_week", Integer.class),
                null, null, false, signals(rs), rs.getInt("completeness"), rs.getObject("last_confirmed", LocalDate.class));
    }

    private static @Nullable AgeBand ageBand(ResultSet rs) throws SQLException {
        String ageBand = rs.getString("age_band");
        return ageBand == null ? null : AgeBand.valueOf(ageBand);
    }

    private static List<String> titles(List<String> codes, Names names) {
        return codes.stream().map(code -> names.occupation().apply(code).orElse(code)).toList();
    }

    private static Set<SupportSignal> signals(ResultSet rs) throws SQLException {
        Set<SupportSignal> signals = EnumSet.noneOf(SupportSignal.class);
        strings(rs.getArray("signals")).forEach(signal -> signals.add(SupportSignal.valueOf(signal)));
        return signals;
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
