package nl.werkbrug.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nl.werkbrug.employer.Occupation;
import nl.werkbrug.employer.Occupations;

/**
 * Synthetic pool profiles from a seeded random, one COPY text line each. Distributions: municipality uniform over
 * the region's tenants; a postcode area uniform over the shipped PC4 list; 1-2 occupations uniform over the
 * vacancies' ISCO list; 2-5 skills of a 40-word vocabulary; hours 8-40 (mostly 24-40); rungs as Hengelo's 5.9.7;
 * signals loonkostensubsidie 30%, jobcoach 20%, proefplaatsing 40%, werkplekaanpassing 10%, banenafspraak 8%;
 * consent for consultants 80%, for employers 50% (fresh for 80% of those). Demo assumptions where no source says.
 */
final class PoolProfileGenerator {

    static final String COPY = "copy pool_profile (id, pseudonym, region_id, tenant_id, age_band, postcode_area, "
            + "latitude, longitude, rung, isco_codes, isco_minor_groups, isco_major_groups, skills, education, "
            + "languages, hours_per_week, available_from, travel_km, driving_licence, signals, completeness, "
            + "search_text, last_confirmed, consent_consultants, consent_employers, employer_visible_until, joined_at, "
            + "visible_since, updated_at) from stdin";

    static final List<String> SKILLS = List.of("heftruck", "reachtruck", "orderpicken", "lassen", "solderen",
            "schoonmaken", "koken", "kassa", "klantcontact", "telefoneren", "excel", "word", "boekhouden", "rijbewijs c",
            "bestelbus", "groenvoorziening", "stratenmaken", "metselen", "timmeren", "schilderen", "zorg", "verplegen",
            "kinderopvang", "beveiliging", "inpakken", "productiewerk", "cnc", "draaien", "frezen", "elektra",
            "installatie", "loodgieter", "bakken", "slagerij", "horeca", "bediening", "administratie", "plannen",
            "magazijn", "vakkenvullen");
    private static final String[] AGES = {"UNDER_27", "FROM_27_TO_34", "FROM_35_TO_49", "FROM_50"};
    private static final String[] EDUCATION = {"BASISONDERWIJS", "VMBO", "MBO_1", "MBO_2", "MBO_3", "MBO_4", "HAVO",
            "HBO"};
    private static final int[] HOURS = {8, 16, 20, 24, 24, 32, 32, 32, 36, 36, 40, 40};
    /** Hengelo 5.9.7 shares of rungs 1..6 (rung 0 left out: not in the pool), cumulative per mille. */
    private static final int[] RUNGS = {27, 252, 544, 742, 925, 1000};
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private PoolProfileGenerator() {
    }

    static String row(Random random, int index, String region, List<String> tenants, List<String> codes,
                      List<String[]> areas, Occupations occupations, LocalDate today) {
        Set<String> iscos = new LinkedHashSet<>();
        iscos.add(codes.get(random.nextInt(codes.size())));
        if (random.nextInt(3) == 0) {
            iscos.add(codes.get(random.nextInt(codes.size())));
        }
        Set<String> skills = new LinkedHashSet<>();
        for (int i = 2 + random.nextInt(4); i > 0; i--) {
            skills.add(SKILLS.get(random.nextInt(SKILLS.size())));
        }
        List<String> signals = new ArrayList<>();
        addIf(random, 300, "LOONKOSTENSUBSIDIE", signals);
        addIf(random, 200, "JOBCOACH", signals);
        addIf(random, 400, "PROEFPLAATSING", signals);
        addIf(random, 100, "WERKPLEKAANPASSING", signals);
        addIf(random, 80, "BANENAFSPRAAK", signals);
        int rungDraw = random.nextInt(1000);
        int rung = 1;
        while (RUNGS[rung - 1] <= rungDraw) {
            rung++;
        }
        String[] area = areas.get(random.nextInt(areas.size()));
        boolean employers = random.nextInt(2) == 0;
        LocalDate until = today.plusDays(random.nextInt(150) - 30);
        String title = String.join(" ", iscos.stream().map(code -> occupations.find(code).map(Occupation::title)
                .orElse("")).toList());
        String joined = today.minusDays(random.nextInt(700)) + " 10:00:00+01";
        return String.join("\t", new UUID(SEED_HIGH, index).toString(), pseudonym(index), region,
                tenants.get(random.nextInt(tenants.size())), AGES[random.nextInt(AGES.length)], area[0], area[1],
                area[2], String.valueOf(rung), array(iscos.stream().toList()),
                array(iscos.stream().map(c -> c.substring(0, 3)).distinct().toList()),
                array(iscos.stream().map(c -> c.substring(0, 1)).distinct().toList()), array(skills.stream().toList()),
                EDUCATION[random.nextInt(EDUCATION.length)], "{\"Nederlands B1\"}",
                String.valueOf(HOURS[random.nextInt(HOURS.length)]), today.plusDays(random.nextInt(120) - 60).toString(),
                String.valueOf(5 + random.nextInt(40)), String.valueOf(random.nextBoolean()), array(signals),
                String.valueOf(25 + random.nextInt(76)), title + " " + String.join(" ", skills),
                today.minusDays(random.nextInt(120)).toString(), String.valueOf(random.nextInt(10) < 8),
                String.valueOf(employers), employers ? until.toString() : "\\N", joined, joined, joined);
    }

    private static final long SEED_HIGH = 0x5eed_0000_0000_0000L;

    private static void addIf(Random random, int perMille, String signal, List<String> signals) {
        if (random.nextInt(1000) < perMille) {
            signals.add(signal);
        }
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "}";
    }

    /** B- and ten base-32 digits of the index: unique, and never a real profile's P- pseudonym. */
    static String pseudonym(int index) {
        StringBuilder pseudonym = new StringBuilder();
        int rest = index;
        for (int i = 0; i < 10; i++) {
            pseudonym.insert(0, ALPHABET[rest % 32]);
            rest /= 32;
        }
        return "B-" + pseudonym.substring(0, 5) + "-" + pseudonym.substring(5);
    }
}
