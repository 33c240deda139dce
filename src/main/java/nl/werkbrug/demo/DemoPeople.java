package nl.werkbrug.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Made-up people for the demo caseloads: common Dutch given and family names (and, for statushouders, Syrian and
 * Eritrean ones, the two largest countries of origin in Hengelo's table 5.9.8) combined at random, so no name
 * belongs to a real person's file. BSNs come only from the range 9999xxxxx that RvIG keeps for test persons.
 */
final class DemoPeople {

    /** Where the names of a person come from. */
    enum Origin { DUTCH, SYRIAN, ERITREAN }

    record Name(String given, String family, boolean female) {
    }

    private static final List<String> DUTCH_MEN = List.of("Jan", "Peter", "Mark", "Kevin", "Dennis", "Bas", "Tim",
            "Stefan", "Erik", "Gerrit", "Henk", "Wim", "Ruud", "Sander", "Thomas", "Niels", "Jeroen", "Martijn",
            "Rob", "Frank", "Johan", "Bart", "Daan", "Sem", "Lucas", "Milan", "Jesse", "Mohamed", "Kees", "Arjan");
    private static final List<String> DUTCH_WOMEN = List.of("Anna", "Linda", "Sandra", "Monique", "Ingrid", "Petra",
            "Marieke", "Esther", "Sanne", "Lisa", "Kim", "Laura", "Femke", "Anouk", "Iris", "Julia", "Emma", "Sophie",
            "Wendy", "Nicole", "Yvonne", "Gerda", "Tineke", "Ria", "Bianca", "Chantal", "Naima", "Fleur", "Lotte", "Eva");
    private static final List<String> DUTCH_FAMILY = List.of("de Jong", "Jansen", "de Vries", "van den Berg",
            "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
            "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
            "de Graaf", "van der Meer", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "Schouten",
            "Hoekstra", "Postma", "Nijhuis", "Oude Luttikhuis", "Kamphuis", "Wolters", "Lammerink", "Pool",
            "ter Horst", "Oosterhof", "Kuipers", "Veldhuis", "Klein Nijenhuis", "Haverkate", "Yilmaz", "Kaya");
    private static final List<String> SYRIAN_MEN = List.of("Mohammed", "Ahmad", "Omar", "Khaled", "Yousef", "Hasan",
            "Ali", "Mahmoud", "Rami", "Fadi", "Samer", "Bilal");
    private static final List<String> SYRIAN_WOMEN = List.of("Fatima", "Aya", "Rania", "Lina", "Noor", "Hala", "Amal",
            "Rasha", "Yasmin", "Dima", "Reem", "Sara");
    private static final List<String> SYRIAN_FAMILY = List.of("Al-Hassan", "Al-Ahmad", "Haddad", "Khalil", "Darwish",
            "Al-Khatib", "Hamdan", "Sabbagh", "Ibrahim", "Mansour", "Najjar", "Kassem", "Youssef", "Othman", "Al-Masri");
    private static final List<String> ERITREAN_MEN = List.of("Yonas", "Dawit", "Samuel", "Filmon", "Tesfalem",
            "Biniam", "Henok", "Robel", "Amanuel", "Efrem");
    private static final List<String> ERITREAN_WOMEN = List.of("Selam", "Helen", "Senait", "Ruth", "Saba", "Luwam",
            "Winta", "Freweyni", "Yordanos", "Hiwet");
    private static final List<String> ERITREAN_FAMILY = List.of("Tesfay", "Gebremedhin", "Haile", "Tekle", "Ghebreab",
            "Kidane", "Berhane", "Mehari", "Yohannes", "Weldemichael", "Andemariam", "Habte");
    private static final List<String> STREETS = List.of("Marktstraat", "Kerkstraat", "Molenstraat", "Stationsstraat",
            "Dorpsstraat", "Schoolstraat", "Beukenlaan", "Eikenlaan", "Lindenlaan", "Julianastraat", "Wilhelminastraat",
            "Oranjestraat", "Nieuwstraat", "Parkweg", "Esweg", "Veldweg", "Kastanjelaan", "Berkenstraat",
            "Tulpstraat", "Rozenstraat", "Spoorstraat", "Bornsestraat", "Enschedesestraat", "Deldenerstraat");

    private DemoPeople() {
    }

    static Name name(Random random, Origin origin) {
        boolean female = random.nextBoolean();
        return switch (origin) {
            case DUTCH -> new Name(pick(random, female ? DUTCH_WOMEN : DUTCH_MEN), pick(random, DUTCH_FAMILY), female);
            case SYRIAN -> new Name(pick(random, female ? SYRIAN_WOMEN : SYRIAN_MEN), pick(random, SYRIAN_FAMILY),
                    female);
            case ERITREAN -> new Name(pick(random, female ? ERITREAN_WOMEN : ERITREAN_MEN),
                    pick(random, ERITREAN_FAMILY), female);
        };
    }

    static String street(Random random) {
        return pick(random, STREETS);
    }

    /**
     * A postcode in one of the municipality's real PC4 areas with two made-up letters (never SA, SD or SS, which
     * PostNL does not issue).
     */
    static String postcode(Random random, List<Integer> pc4) {
        while (true) {
            String letters = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            if (!Set.of("SA", "SD", "SS").contains(letters)) {
                return pick(random, pc4) + " " + letters;
            }
        }
    }

    static String email(Name name, int number) {
        String local = (name.given() + "." + name.family()).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        return local + number + "@example.org";
    }

    /**
     * A test BSN: 9999, then {@code block} (one digit per municipality, so the municipalities never share one), three
     * random digits, and the check digit that makes 9·d1 + 8·d2 + … + 2·d8 − d9 a multiple of 11. Numbers whose check
     * digit would be 10 are drawn again.
     */
    static String bsn(Random random, int block, Set<String> taken) {
        while (true) {
            String eight = "9999" + block + String.format("%03d", random.nextInt(1000));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (eight.charAt(i) - '0');
            }
            int check = sum % 11;
            if (check <= 9 && taken.add(eight + check)) {
                return eight + check;
            }
        }
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
