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

    private static final String COLUMNS = """
            p.id, p.pseudonym, p.tenant_id, p.age_band, p.postcode_area, p.rung, p.isco_codes, p.skills, p.education,
            p.languages, p.hours_per_week, p.available_from, p.travel_km, p.driving_licence, p.signals,
            p.completeness, p.last_confirmed""";
    private static final String DISTANCE = """
            2 * 6371.0088 * asin(sqrt(power(sin(radians(p.latitude - :lat) / 2), 2)
                + cos(radians(:lat)) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - :lon) / 2), 2)))""";
    private static final double KM_PER_DEGREE = 6371.0088 * Math.PI / 180;

    private final JdbcClient jdbc;

    PoolSearchSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the profiles the viewer may see that match the query, by relevance.
     *
     * @param centroid the centroid of the query's postcode area, when it asks a distance
     */
    public PoolResults search(PoolQuery query, PostcodeAreas.@Nullable Centroid centroid, Viewer viewer,
                              int offset, int limit, Names names) {
        Map<String, Object> params = new HashMap<>();
        String sql = sql(query, centroid, viewer, params, "count(*) over () as total")
                + " order by score desc, last_confirmed desc, pseudonym offset :offset limit :limit";
        params.put("offset", offset);
        params.put("limit", limit);
        int[] total = {0};
        List<PoolHit> hits = jdbc.sql(sql).params(params).query((rs, row) -> {
            total[0] = rs.getInt("total");
            Double km = query.distance() ? rs.getDouble("distance_km") : null;
            return new PoolHit(profile(rs, names), km, rs.getInt("score"),
                    Relevance.reasons(query, rs.getInt("occupation"), rs.getInt("skills_matched"), km));
        }).list();
        return new PoolResults(hits, total[0], offset);
    }

    /** How many matching profiles became visible after an instant (for a saved search's notice). */
    public int countVisibleSince(PoolQuery query, PostcodeAreas.@Nullable Centroid centroid, Viewer viewer,
                                 java.time.Instant since) {
        Map<String, Object> params = new HashMap<>();
        params.put("since", java.sql.Timestamp.from(since));
        return jdbc.sql("select count(*) from (" + sql(query, centroid, viewer, params, "1 as one")
                        + " ) matching where visible_since > :since")
                .params(params).query(Integer.class).single();
    }

    /** The profile with this pseudonym, if the viewer may see it. */
    public Optional<PoolProfile> profile(String pseudonym, Viewer viewer, Names names) {
        Map<String, Object> params = new HashMap<>();
        params.put("pseudonym", pseudonym);
        return jdbc.sql("select " + COLUMNS + " from pool_profile p where p.pseudonym = :pseudonym and "
                        + audience(viewer, params))
                .params(params).query((rs, row) -> profile(rs, names)).optional();
    }

    /** The query: matching rows with their relevance parts in {@code hits}, the score over them. */
    static String sql(PoolQuery query, PostcodeAreas.@Nullable Centroid centroid, Viewer viewer,
                      Map<String, Object> params, String extra) {
        List<String> where = new ArrayList<>();
        where.add(audience(viewer, params));
        String occupation = occupation(query, where, params);
        String skills = skills(query, where, params);
        String distance = "null::double precision";
        if (query.distance() && centroid != null) {
            distance = distance(query, centroid, where, params);
        }
        filters(query, where, params);
        return """
                with hits as (
                    select %s, p.visible_since,
                           %s as occupation, %s as skills_matched, %s as distance_km
                    from pool_profile p
                    where %s)
                select hits.*, %s as score, %s from hits""".formatted(COLUMNS, occupation, skills, distance,
                String.join("\n  and ", where), Relevance.sql(query), extra);
    }

    private static String audience(Viewer viewer, Map<String, Object> params) {
        if (viewer.tenant() != null) {
            params.put("viewerTenant", viewer.tenant());
            return "p.region_id = current_setting('app.region_id') "
                    + "and (p.tenant_id = :viewerTenant or p.consent_consultants)";
        }
        params.put("today", java.sql.Date.valueOf(viewer.today()));
        return "p.region_id = current_setting('app.region_id') "
                + "and p.consent_employers and p.employer_visible_until >= :today";
    }

    private static String occupation(PoolQuery query, List<String> where, Map<String, Object> params) {
        String code = query.iscoCode();
        if (code == null) {
            return "0";
        }
        params.put("code", code);
        params.put("minor", code.substring(0, 3));
        params.put("major", code.substring(0, 1));
        where.add(switch (query.scope()) {
            case BEROEP -> "p.isco_codes @> array[cast(:code as varchar)]";
            case BEROEPSGROEP -> "p.isco_minor_groups @> array[cast(:minor as varchar)]";
            case BEROEPSKLASSE -> "p.isco_major_groups @> array[cast(:major as varchar)]";
        });
        return """
                case when p.isco_codes @> array[cast(:code as varchar)] then 3
                     when p.isco_minor_groups @> array[cast(:minor as varchar)] then 2
                     when p.isco_major_groups @> array[cast(:major as varchar)] then 1 else 0 end""";
    }

    private static String skills(PoolQuery query, List<String> where, Map<String, Object> params) {
        params.put("skillCount", Math.max(1, query.skills().size()));
        if (query.skills().isEmpty()) {
            return "0";
        }
        params.put("skills", query.skills().stream().map(skill -> skill.toLowerCase(java.util.Locale.ROOT))
                .toArray(String[]::new));
        String matched = "(select count(*) from unnest(p.skills) skill where lower(skill) = any(:skills))";
        where.add(matched + " > 0");
        return matched;
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

    private static void filters(PoolQuery query, List<String> where, Map<String, Object> params) {
        if (query.minHours() != null) {
            where.add("p.hours_per_week >= :minHours");
            params.put("minHours", query.minHours());
        }
        if (query.maxHours() != null) {
            where.add("p.hours_per_week <= :maxHours");
            params.put("maxHours", query.maxHours());
        }
        if (query.minRung() != null) {
            where.add("p.rung >= :minRung");
            params.put("minRung", query.minRung());
        }
        if (query.maxRung() != null) {
            where.add("p.rung <= :maxRung");
            params.put("maxRung", query.maxRung());
        }
        if (!query.signals().isEmpty()) {
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
            where.add("p.search_vector @@ websearch_to_tsquery('dutch', :text)");
            params.put("text", query.text());
        }
    }

    private static PoolProfile profile(ResultSet rs, Names names) throws SQLException {
        List<String> codes = strings(rs.getArray("isco_codes"));
        String ageBand = rs.getString("age_band");
        String education = rs.getString("education");
        Set<SupportSignal> signals = EnumSet.noneOf(SupportSignal.class);
        strings(rs.getArray("signals")).forEach(signal -> signals.add(SupportSignal.valueOf(signal)));
        String tenant = rs.getString("tenant_id");
        return new PoolProfile(rs.getObject("id", UUID.class), rs.getString("pseudonym"), tenant,
                names.tenant().apply(tenant), ageBand == null ? null : AgeBand.valueOf(ageBand),
                rs.getString("postcode_area"), rs.getObject("rung", Integer.class), codes,
                codes.stream().map(code -> names.occupation().apply(code).orElse(code)).toList(),
                strings(rs.getArray("skills")), education == null ? null : EducationLevel.valueOf(education),
                strings(rs.getArray("languages")), rs.getObject("hours_per_week", Integer.class),
                rs.getObject("available_from", LocalDate.class), rs.getObject("travel_km", Integer.class),
                rs.getBoolean("driving_licence"), signals, rs.getInt("completeness"),
                rs.getObject("last_confirmed", LocalDate.class));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
