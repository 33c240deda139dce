package nl.werkbrug.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.werkbrug.candidates.Benefit;
import nl.werkbrug.candidates.CandidateIdentity;
import nl.werkbrug.candidates.CandidateProfile;
import nl.werkbrug.candidates.ContactKind;
import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.candidates.ImportedFile;
import nl.werkbrug.candidates.LanguageLevel;
import nl.werkbrug.candidates.Obstacle;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.candidates.WorkObligation;

import static nl.werkbrug.demo.Share.chance;
import static nl.werkbrug.demo.Share.draw;

/**
 * Generates a municipality's synthetic caseload from a fixed seed: the same seed and day give the same files. The
 * proportions follow the sources in {@code shared/domain} (each cited where it is used); where they give no figure
 * the demo takes a plausible one, marked "demo assumption". No file describes a real person: names are combined at
 * random, BSNs are test numbers, house numbers and postcode letters are made up.
 */
final class CaseloadGenerator {

    static final long SEED = 20_171_001L;
    static final String PREFIX = "DEMO-";

    /**
     * A demo municipality.
     *
     * @param bsnBlock     the fifth digit of its test BSNs, and its offset on the seed
     * @param pc4          its real four-digit postcode areas and the place each belongs to
     * @param consultants  the demo consultants its files are spread over
     * @param rungs        the participatieladder distribution (rung 0: not yet determined)
     * @param statushouder share of statushouders in the caseload, percent
     */
    record Municipality(String tenantId, int bsnBlock, Map<Integer, String> pc4, List<String> consultants,
                        List<Share<Integer>> rungs, double statushouder, int files) {
    }

    /** Hengelo 5.9.7, "expected position medio 2017": rung 0 = still to be determined. */
    static final List<Share<Integer>> HENGELO_RUNGS = List.of(new Share<>(0, 1.3), new Share<>(1, 2.7),
            new Share<>(2, 22.2), new Share<>(3, 28.8), new Share<>(4, 19.5), new Share<>(5, 18.1), new Share<>(6, 7.4));
    /**
     * Hellendoorn 000, table 8 (current rung, Dec 2017): 464 placed of 502 benefits, 38 (7.6%) "(nog) niet op de
     * Participatieladder ingedeeld"; the rung shares are of the 464, scaled by 464/502.
     */
    static final List<Share<Integer>> HELLENDOORN_RUNGS = List.of(new Share<>(0, 7.6), new Share<>(1, 13.1 * 0.924),
            new Share<>(2, 21.3 * 0.924), new Share<>(3, 20.5 * 0.924), new Share<>(4, 31.7 * 0.924),
            new Share<>(5, 12.3 * 0.924), new Share<>(6, 1.1 * 0.924));
    /** Hengelo 5.9.8 with 5.9.2: 399 statushouders still on bijstand in a caseload of about 2,377, so 17%. */
    static final double HENGELO_STATUSHOUDERS = 17;
    /** Hellendoorn 000: statushouders "ongeveer 25 % van het aantal uitkeringen Participatiewet". */
    static final double HELLENDOORN_STATUSHOUDERS = 25;

    /**
     * The five demo municipalities (PC4 areas: the real ones of each place). Enschede has no ladder table in the
     * sources; it takes Hengelo's, its neighbour in the same labour-market region.
     */
    static final List<Municipality> MUNICIPALITIES = List.of(
            new Municipality("enschede", 1, pc4("Enschede", 7511, 7512, 7513, 7514, 7521, 7522, 7523, 7524, 7531, 7532,
                    7533, 7534, 7541, 7542, 7543, 7544, 7545, 7546), List.of("consulent.enschede"), HENGELO_RUNGS,
                    HENGELO_STATUSHOUDERS, 160),
            new Municipality("hengelo", 2, pc4("Hengelo", 7551, 7552, 7553, 7554, 7555, 7556, 7557, 7558, 7559),
                    List.of("consulent.hengelo", "werkcoach.hengelo"), HENGELO_RUNGS, HENGELO_STATUSHOUDERS, 160),
            new Municipality("borne", 3, pc4("Borne", 7621, 7622, 7623), List.of("werkcoach.hengelo"), HENGELO_RUNGS,
                    HENGELO_STATUSHOUDERS, 150),
            new Municipality("haaksbergen", 4, pc4("Haaksbergen", 7481, 7482, 7483), List.of("werkcoach.hengelo"),
                    HENGELO_RUNGS, HENGELO_STATUSHOUDERS, 150),
            new Municipality("hellendoorn", 5, Map.of(7441, "Nijverdal", 7442, "Nijverdal", 7443, "Nijverdal",
                    7447, "Hellendoorn"), List.of("consulent.hellendoorn"), HELLENDOORN_RUNGS,
                    HELLENDOORN_STATUSHOUDERS, 160));

    /** Hellendoorn 000, table 6 (age, end Dec 2017), the only age table in the sources: years from, to, percent. */
    private static final List<Share<int[]>> AGES = List.of(new Share<>(new int[]{18, 20}, 4.6),
            new Share<>(new int[]{21, 30}, 10.6), new Share<>(new int[]{31, 40}, 17.9),
            new Share<>(new int[]{41, 50}, 20.7), new Share<>(new int[]{51, 60}, 25.1),
            new Share<>(new int[]{61, 66}, 21.1));
    /** Share of 50-plussers in table 6 ("46 % ouder is dan 50 jaar"), for the age obstacle below. */
    private static final double FIFTY_PLUS = 46;
    /** Hellendoorn 000, table 7 (benefit duration): years on benefit from, to, percent (>17 years folded in). */
    private static final List<Share<int[]>> YEARS_ON_BENEFIT = List.of(new Share<>(new int[]{0, 1}, 21.1),
            new Share<>(new int[]{1, 2}, 14.7), new Share<>(new int[]{2, 7}, 49.2), new Share<>(new int[]{7, 12}, 15.0));
    /** Hengelo 5.9.7, rungs between start and expected position: 0 (and "nog te bepalen") 36%, 1 31%, ... */
    private static final List<Share<Integer>> RUNGS_CLIMBED = List.of(new Share<>(0, 36.0), new Share<>(1, 31.0),
            new Share<>(2, 16.0), new Share<>(3, 10.0), new Share<>(4, 5.0));
    /**
     * Hengelo 5.9.10 (Divosa monitor, several answers possible): "none" 28%; each obstacle's share among those with
     * any is its table share / 72. Age is given to 50-plussers only (see {@link #FIFTY_PLUS}).
     */
    static final double NO_OBSTACLE = 28;
    private static final List<Share<Obstacle>> OBSTACLES = List.of(new Share<>(Obstacle.LAGE_OPLEIDING, 32),
            new Share<>(Obstacle.FYSIEK, 24), new Share<>(Obstacle.SOCIAAL, 23), new Share<>(Obstacle.PSYCHISCH, 24),
            new Share<>(Obstacle.GEEN_WERKERVARING, 25), new Share<>(Obstacle.LEEFTIJD, 21),
            new Share<>(Obstacle.ZORGTAKEN, 15));
    /** Hengelo 5.9.5: clients with a full or partial exemption from the work obligation, 42% in 2017. */
    static final double EXEMPTED = 42;
    /** Midden-Drenthe 001 §2.3 row 9: "~33% full exemption"; the rest of the 42% partial. */
    private static final double FULLY_EXEMPTED_OF_EXEMPTED = 33.0 / 42.0 * 100;
    /** Hengelo 5.9.6, education of young people under 27: no startkwalificatie 41%, middle 51%, high 7%. */
    private static final List<Share<Integer>> YOUTH_EDUCATION = List.of(new Share<>(0, 41), new Share<>(1, 51),
            new Share<>(2, 7));
    /** Hellendoorn 000: "47% van onze klanten heeft geen startkwalificatie"; middle/high split as Twente youth. */
    private static final List<Share<Integer>> ADULT_EDUCATION = List.of(new Share<>(0, 47), new Share<>(1, 46),
            new Share<>(2, 7));
    /** Hengelo 5.9.1 with 5.9.2 (2016): 315 of 486 outflows to work, 19 self-employed; the rest: demo assumption. */
    private static final List<Share<OutflowReason>> OUTFLOW = List.of(new Share<>(OutflowReason.WERK, 65),
            new Share<>(OutflowReason.EIGEN_BEDRIJF, 4), new Share<>(OutflowReason.VERHUIZING, 10),
            new Share<>(OutflowReason.RELATIE, 7), new Share<>(OutflowReason.STUDIE, 5),
            new Share<>(OutflowReason.GEEN_INLICHTINGEN, 5), new Share<>(OutflowReason.OVERIG, 4));
    /** Instruments by ladder group, from the catalogues of the demo municipalities (each takes those it has). */
    private static final List<String> PARTICIPATION = List.of("maatschappelijke-participatie",
            "vrijwilligerswerk-m-pact", "doen-beurzen", "bewegen-werkt", "fit-aan-t-werk", "eigen-kracht-sive",
            "werkplein-evenementen");
    private static final List<String> TOWARDS_WORK = List.of("leerwerktrajecten-swb", "participatieplaats",
            "werkervaringsplaats", "praktijkplaats-leerwerkbedrijf", "voorschakeltrajecten", "scholing-leerwerkloket",
            "vakscholing-educatie", "proefplaatsing", "matchen-op-werk", "werkplein-evenementen");
    private static final List<String> TO_WORK = List.of("proefplaatsing", "jobcoaching", "matchen-op-werk",
            "workshops", "sollicitatietraining", "flextensie", "direct-werk", "werkplein-evenementen");

    private final List<String> iscoCodes;

    CaseloadGenerator() {
        this.iscoCodes = readIscoCodes();
    }

    /** The municipality's caseload as it stands on {@code today}; contacts respect its contact interval. */
    List<ImportedFile> generate(Municipality municipality, LocalDate today, int contactWeeks) {
        Random random = new Random(SEED + municipality.bsnBlock());
        Set<String> bsns = new HashSet<>();
        List<ImportedFile> files = new ArrayList<>();
        for (int number = 1; number <= municipality.files(); number++) {
            files.add(file(random, municipality, today, contactWeeks, number, bsns));
        }
        return files;
    }

    private ImportedFile file(Random random, Municipality municipality, LocalDate today, int contactWeeks, int number,
                              Set<String> bsns) {
        boolean statushouder = chance(random, municipality.statushouder());
        // Hengelo 5.9.8: of 475 statushouders 400 came from Syria and 25 from Eritrea; the demo takes those two.
        DemoPeople.Origin origin = !statushouder ? DemoPeople.Origin.DUTCH
                : chance(random, 85) ? DemoPeople.Origin.SYRIAN : DemoPeople.Origin.ERITREAN;
        DemoPeople.Name name = DemoPeople.name(random, origin);
        int[] band = draw(random, AGES);
        // Statushouders are younger than the caseload as a whole (demo assumption: 20 to 50).
        int age = statushouder ? 20 + random.nextInt(31) : band[0] + random.nextInt(band[1] - band[0] + 1);
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        // About one in twelve files closed in the past months (demo assumption); its entries end on the outflow day.
        boolean closed = chance(random, 8);
        LocalDate last = closed ? today.minusDays(7 + random.nextInt(300)) : today;
        int[] years = draw(random, YEARS_ON_BENEFIT);
        LocalDate opened = latest(last.minusDays(years[0] * 365L + random.nextInt((years[1] - years[0]) * 365)),
                birth.plusYears(18));
        opened = opened.isAfter(last) ? last : opened;

        Benefit benefit = benefit(random, age);
        Integer pc4 = DemoPeople.pick(random, List.copyOf(new java.util.TreeSet<>(municipality.pc4().keySet())));
        CandidateIdentity identity = new CandidateIdentity(name.given(), name.family(),
                DemoPeople.bsn(random, municipality.bsnBlock(), bsns), birth, DemoPeople.street(random),
                String.valueOf(1 + random.nextInt(180)), DemoPeople.postcode(random, List.of(pc4)),
                municipality.pc4().get(pc4), "", DemoPeople.email(name, number), benefit,
                benefit == Benefit.NUGGER ? null : opened.minusDays(random.nextInt(30)));

        int rung = draw(random, municipality.rungs());
        Set<Obstacle> obstacles = obstacles(random, age, statushouder);
        List<FileEntry.FlagEntry> flags = flags(random, birth, opened, last, statushouder);
        List<ImportedFile.Deployment> deployments = deployments(random, rung, opened, last, age,
                flags.stream().anyMatch(flag -> flag.flag() == DoelgroepFlag.BESCHUT_WERK));
        List<FileEntry.ContactEntry> contacts = contacts(random, opened, last, closed, today, contactWeeks);
        return new ImportedFile("%s%04d".formatted(PREFIX, number),
                DemoPeople.pick(random, municipality.consultants()), opened, identity,
                profile(random, age, origin, obstacles), opened, ladder(random, rung, opened, last), flags,
                obligations(random, opened, last, statushouder),
                obstacles.isEmpty() ? List.of() : List.of(new FileEntry.ObstacleEntry(obstacles, opened)),
                deployments, contacts, agreements(random, contacts, closed),
                closed ? new FileEntry.OutflowEntry(outflowReason(random, age), last) : null);
    }

    /**
     * Hellendoorn 000, table 6: 63 of 502 benefits IOAW/IOAZ (12.5%), given to 50-plussers only (so 27% of them);
     * IOAZ (former self-employed) a quarter of those (demo assumption). Nuggers 5% (demo assumption: the sources
     * name them, Hengelo §2.1(e), without a number).
     */
    private static Benefit benefit(Random random, int age) {
        if (chance(random, 5)) {
            return Benefit.NUGGER;
        }
        if (age > 50 && chance(random, 12.5 / FIFTY_PLUS * 100)) {
            return chance(random, 25) ? Benefit.IOAZ : Benefit.IOAW;
        }
        return Benefit.PARTICIPATIEWET;
    }

    /** Yearly assessments (Hengelo §2.1(b): "per jaar ... geactualiseerd"), the latest three, climbing to the rung. */
    private static List<FileEntry.LadderAssessment> ladder(Random random, int rung, LocalDate opened, LocalDate last) {
        if (rung == 0) {
            return List.of();
        }
        List<LocalDate> days = new ArrayList<>();
        for (int year = 0; !opened.plusYears(year).isAfter(last); year++) {
            LocalDate day = opened.plusYears(year).plusDays(year == 0 ? 0 : random.nextInt(21));
            days.add(day.isAfter(last) ? last : day);
        }
        List<LocalDate> kept = days.subList(Math.max(0, days.size() - 3), days.size());
        int first = Math.max(1, rung - draw(random, RUNGS_CLIMBED));
        List<FileEntry.LadderAssessment> steps = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            int step = kept.size() == 1 ? rung : first + Math.round((rung - first) * (float) i / (kept.size() - 1));
            steps.add(new FileEntry.LadderAssessment(step, kept.get(i),
                    kept.get(i).equals(opened) ? "Bij intake" : "Jaarlijkse herbeoordeling"));
        }
        return steps;
    }

    private static List<FileEntry.FlagEntry> flags(Random random, LocalDate birth, LocalDate opened, LocalDate last,
                                                   boolean statushouder) {
        List<FileEntry.FlagEntry> flags = new ArrayList<>();
        LocalDate twentySeven = birth.plusYears(27);
        if (twentySeven.isAfter(opened)) {
            flags.add(new FileEntry.FlagEntry(DoelgroepFlag.JONGERE, opened, twentySeven.minusDays(1), "Leeftijd"));
        }
        LocalDate fifty = latest(birth.plusYears(50), opened);
        if (!fifty.isAfter(last)) {
            flags.add(new FileEntry.FlagEntry(DoelgroepFlag.VIJFTIG_PLUS, fifty, null, "Leeftijd"));
        }
        if (statushouder) {
            flags.add(new FileEntry.FlagEntry(DoelgroepFlag.STATUSHOUDER, opened, null,
                    "Verblijfsvergunning asiel, inburgeringsplichtig"));
        }
        // Hellendoorn 000: 45 of 401 people with a Participatiewet benefit are in the doelgroepregister (11%).
        if (chance(random, 11)) {
            flags.add(new FileEntry.FlagEntry(DoelgroepFlag.BANENAFSPRAAK, between(random, opened, last), null,
                    "Opgenomen in het doelgroepregister (UWV)"));
        }
        // Hengelo §2.1(e): 40-50 new people with a work limitation a year, of 509 inflow (5.9.2, 2017): about 9%.
        if (chance(random, 9)) {
            flags.add(new FileEntry.FlagEntry(DoelgroepFlag.ARBEIDSBEPERKING, opened, null, "Medisch advies"));
        }
        // Hengelo H13: "Het aantal indicaties vanuit UWV is vooralsnog laag" (no figure; demo assumption 2%).
        if (chance(random, 2)) {
            flags.add(new FileEntry.FlagEntry(DoelgroepFlag.BESCHUT_WERK, between(random, opened, last), null,
                    "Positief advies beschut werk (UWV)"));
        }
        // Hengelo §2.1(c) focus group "ouders met kinderen" (no figure; demo assumption 12%).
        if (chance(random, 12)) {
            flags.add(new FileEntry.FlagEntry(DoelgroepFlag.ALLEENSTAANDE_OUDER, opened, null, "Eenoudergezin"));
        }
        return flags;
    }

    /** Hengelo 5.9.5: 42% (partly) exempted; half of those with a history that started with the full obligation. */
    private static List<FileEntry.ObligationEntry> obligations(Random random, LocalDate opened, LocalDate last,
                                                               boolean statushouder) {
        if (!chance(random, EXEMPTED)) {
            return List.of(new FileEntry.ObligationEntry(WorkObligation.OPGELEGD, "", opened, null));
        }
        boolean full = chance(random, FULLY_EXEMPTED_OF_EXEMPTED);
        String reason = full ? DemoPeople.pick(random, List.of("Medische beperkingen, advies arts",
                "Ernstige psychische klachten, in behandeling", "Dringende reden: mantelzorg voor partner"))
                : statushouder ? "Inburgering en taallessen gaan voor, 16 uur per week beschikbaar"
                : DemoPeople.pick(random, List.of("Zorg voor kind jonger dan 5 jaar (art. 9a Participatiewet)",
                "Gedeeltelijk arbeidsvermogen, maximaal 20 uur per week"));
        WorkObligation kind = full ? WorkObligation.VOLLEDIGE_ONTHEFFING : WorkObligation.GEDEELTELIJKE_ONTHEFFING;
        if (ChronoUnit.DAYS.between(opened, last) > 365 && random.nextBoolean()) {
            LocalDate from = opened.plusDays(180 + random.nextInt(180));
            return List.of(new FileEntry.ObligationEntry(WorkObligation.OPGELEGD, "", opened, null),
                    new FileEntry.ObligationEntry(kind, reason, from, null));
        }
        return List.of(new FileEntry.ObligationEntry(kind, reason, opened, null));
    }

    /** Hengelo 5.9.10 as described at {@link #OBSTACLES}; statushouders also the language (demo assumption: 80%). */
    private static Set<Obstacle> obstacles(Random random, int age, boolean statushouder) {
        Set<Obstacle> obstacles = EnumSet.noneOf(Obstacle.class);
        if (statushouder && chance(random, 80)) {
            obstacles.add(Obstacle.TAAL);
        }
        if (chance(random, NO_OBSTACLE)) {
            return obstacles;
        }
        Set<Obstacle> drawn = EnumSet.noneOf(Obstacle.class);
        while (drawn.isEmpty()) {
            for (Share<Obstacle> share : OBSTACLES) {
                double percent = share.percent() / (100 - NO_OBSTACLE) * 100;
                if (share.value() == Obstacle.LEEFTIJD) {
                    percent = age >= 50 ? percent / FIFTY_PLUS * 100 : 0;
                }
                if (chance(random, percent)) {
                    drawn.add(share.value());
                }
            }
        }
        obstacles.addAll(drawn);
        return obstacles;
    }

    private CandidateProfile profile(Random random, int age, DemoPeople.Origin origin, Set<Obstacle> obstacles) {
        boolean statushouder = origin != DemoPeople.Origin.DUTCH;
        List<String> occupations = new ArrayList<>(List.of(DemoPeople.pick(random, iscoCodes)));
        if (random.nextBoolean()) {
            String second = DemoPeople.pick(random, iscoCodes);
            if (!occupations.contains(second)) {
                occupations.add(second);
            }
        }
        int level = obstacles.contains(Obstacle.LAGE_OPLEIDING) ? 0
                : draw(random, age < 27 ? YOUTH_EDUCATION : ADULT_EDUCATION);
        EducationLevel education = switch (level) {
            case 0 -> DemoPeople.pick(random, List.of(EducationLevel.BASISONDERWIJS, EducationLevel.VMBO,
                    EducationLevel.VMBO, EducationLevel.MBO_1));
            case 1 -> DemoPeople.pick(random, List.of(EducationLevel.MBO_2, EducationLevel.MBO_2, EducationLevel.MBO_3,
                    EducationLevel.MBO_4, EducationLevel.HAVO, EducationLevel.VWO));
            default -> DemoPeople.pick(random, List.of(EducationLevel.HBO, EducationLevel.HBO, EducationLevel.WO));
        };
        List<CandidateProfile.LanguageSkill> languages = new ArrayList<>();
        if (statushouder) {
            languages.add(new CandidateProfile.LanguageSkill(origin == DemoPeople.Origin.SYRIAN ? "Arabisch" : "Tigrinya",
                    LanguageLevel.MOEDERTAAL));
            languages.add(new CandidateProfile.LanguageSkill("Nederlands",
                    DemoPeople.pick(random, List.of(LanguageLevel.A1, LanguageLevel.A2, LanguageLevel.A2, LanguageLevel.B1))));
        } else {
            languages.add(new CandidateProfile.LanguageSkill("Nederlands", LanguageLevel.MOEDERTAAL));
        }
        if (chance(random, 40)) {
            languages.add(new CandidateProfile.LanguageSkill("Engels",
                    DemoPeople.pick(random, List.of(LanguageLevel.A2, LanguageLevel.B1, LanguageLevel.B2))));
        }
        List<String> skills = new ArrayList<>(List.of("Samenwerken", "Klantvriendelijk", "Heftruckcertificaat",
                "VCA", "Nauwkeurig", "Computervaardig", "Zelfstandig", "Rijbewijs C", "Kassawerk", "Schoonmaak"));
        Collections.shuffle(skills, random);
        return new CandidateProfile(occupations, skills.subList(0, random.nextInt(4)), education, languages,
                chance(random, statushouder ? 10 : 45), DemoPeople.pick(random, List.of(16, 20, 24, 32, 36, 40)), null,
                5 + random.nextInt(26), DemoPeople.pick(random, List.of("Wil graag weer aan het werk, liefst in de buurt",
                        "Zoekt werk met vaste werktijden vanwege de kinderen", "Wil eerst de taal beter leren",
                        "Twijfelt nog, wil wel vrijwilligerswerk doen", "Gemotiveerd, wil een opleiding volgen")),
                DemoPeople.pick(random, List.of("Praktisch ingesteld, werkt graag met de handen",
                        "Sterk in contact met mensen", "Betrouwbaar en punctueel", "Heeft structuur nodig")));
    }

    private static List<ImportedFile.Deployment> deployments(Random random, int rung, LocalDate opened, LocalDate last,
                                                             int age, boolean beschut) {
        // Demo assumption: a trajectory for about half of rungs 3-5, fewer below and at rung 6.
        double percent = switch (rung) {
            case 0 -> 0;
            case 1, 2 -> 35;
            case 3, 4, 5 -> 55;
            default -> 30;
        };
        if (!chance(random, percent)) {
            return List.of();
        }
        List<ImportedFile.Deployment> deployments = new ArrayList<>();
        int count = chance(random, 30) ? 2 : 1;
        for (int i = 0; i < count; i++) {
            List<String> codes = new ArrayList<>(rung <= 2 ? PARTICIPATION : rung <= 4 ? TOWARDS_WORK : TO_WORK);
            Collections.shuffle(codes, random);
            if (age < 27) {
                codes.addFirst("perspectiefjaar");
            }
            if (beschut) {
                codes.addFirst("beschut-werk");
            }
            LocalDate start = latest(opened, last.minusDays(random.nextInt(540)));
            LocalDate plannedEnd = start.plusMonths(3 + random.nextInt(10));
            BigDecimal cost = chance(random, 70) ? BigDecimal.valueOf(250 + 50L * random.nextInt(75)) : null;
            FileEntry.DeploymentEnd end = plannedEnd.isBefore(last) && chance(random, 80)
                    ? new FileEntry.DeploymentEnd(plannedEnd, DemoPeople.pick(random, List.of("Afgerond volgens plan",
                    "Afgerond, door naar betaald werk", "Voortijdig gestopt wegens gezondheid", "Afgerond, trede gestegen")))
                    : null;
            deployments.add(new ImportedFile.Deployment(codes, new FileEntry.DeploymentPlan(codes.getFirst(),
                    DemoPeople.pick(random, List.of("SWB", "M-Pact", "ROZ Twente", "Werkplein Twente", "Soweco")),
                    start, plannedEnd, cost), end));
        }
        return deployments;
    }

    /**
     * The journal: the last contact within the contact interval for about four in five open files and older for
     * the rest (demo assumption), with up to three earlier contacts weeks apart.
     */
    private static List<FileEntry.ContactEntry> contacts(Random random, LocalDate opened, LocalDate last,
                                                         boolean closed, LocalDate today, int contactWeeks) {
        LocalDate latest;
        if (closed) {
            latest = last.minusDays(random.nextInt(30));
        } else if (chance(random, 22)) {
            latest = today.minusDays(contactWeeks * 7L + 7 + random.nextInt(120));
        } else {
            latest = today.minusDays(random.nextInt(contactWeeks * 7 - 3));
        }
        List<FileEntry.ContactEntry> contacts = new ArrayList<>();
        LocalDate day = latest(latest, opened);
        for (int i = 1 + random.nextInt(4); i > 0 && !day.isBefore(opened); i--) {
            ContactKind kind = draw(random, List.of(new Share<>(ContactKind.GESPREK, 50),
                    new Share<>(ContactKind.TELEFOON, 25), new Share<>(ContactKind.EMAIL, 15),
                    new Share<>(ContactKind.HUISBEZOEK, 10)));
            contacts.add(new FileEntry.ContactEntry(kind, day, DemoPeople.pick(random, List.of(
                    "Voortgang besproken", "Sollicitaties doorgenomen", "Situatie thuis besproken",
                    "Afspraak gemaakt voor vervolg", "Geen bijzonderheden", "Rooster vrijwilligerswerk besproken"))));
            day = day.minusWeeks(3 + random.nextInt(8));
        }
        return contacts;
    }

    /** About half of the files have agreements from the latest contact (demo assumption). */
    private static List<ImportedFile.Agreement> agreements(Random random, List<FileEntry.ContactEntry> contacts,
                                                           boolean closed) {
        if (closed || contacts.isEmpty() || !random.nextBoolean()) {
            return List.of();
        }
        LocalDate madeOn = java.util.Objects.requireNonNull(contacts.getFirst().heldOn());
        List<ImportedFile.Agreement> agreements = new ArrayList<>();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            agreements.add(new ImportedFile.Agreement(madeOn, new FileEntry.AgreementEntry(DemoPeople.pick(random,
                    List.of("Twee sollicitaties per week", "CV bijwerken met de werkcoach", "Aanmelden bij taalcursus",
                            "Inschrijven bij uitzendbureau", "Gesprek met schuldhulpverlening plannen")),
                    madeOn.plusWeeks(2 + random.nextInt(7)))));
        }
        return agreements;
    }

    private static OutflowReason outflowReason(Random random, int age) {
        return age >= 66 ? OutflowReason.AOW : draw(random, OUTFLOW);
    }

    private static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static Map<Integer, String> pc4(String place, Integer... areas) {
        Map<Integer, String> map = new java.util.TreeMap<>();
        for (Integer area : areas) {
            map.put(area, place);
        }
        return map;
    }

    /** The ISCO-08 unit groups of the occupation list vacancies use. */
    private static List<String> readIscoCodes() {
        var stream = CaseloadGenerator.class.getResourceAsStream("/employer/isco08-brc2014.csv");
        if (stream == null) {
            throw new IllegalStateException("employer/isco08-brc2014.csv missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("isco"))
                    .map(line -> line.substring(0, line.indexOf(';'))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
