package nl.werkbrug.matching;

import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.employer.VacancyDetail;

/**
 * The marks a vacancy carries in both ranked lists — banenafspraak (only for candidates in the doelgroepregister,
 * see {@link MatchScorer#admits}) and SROI (opened for a contractor's social-return obligation) — and the filter on
 * them: a list filtered on a mark holds only vacancies with it, chosen before the best {@value Matching#TOP} are
 * taken, so a filtered list is the best of the marked vacancies, not the marked ones among the best. Marks never
 * change a score.
 *
 * @param banenafspraakOnly only banenafspraak vacancies
 * @param sroiOnly          only SROI vacancies
 */
public record VacancyMarks(boolean banenafspraakOnly, boolean sroiOnly) {

    public static final String BANENAFSPRAAK = "matching.mark.banenafspraak";
    public static final String SROI = "matching.mark.sroi";

    /** No filter: every vacancy. */
    public static VacancyMarks any() {
        return new VacancyMarks(false, false);
    }

    /** Whether the vacancy passes the filter. */
    public boolean admits(VacancyDetail vacancy) {
        return (!banenafspraakOnly || vacancy.banenafspraak()) && (!sroiOnly || vacancy.sroi());
    }

    /** The marks of a vacancy, as message keys, in the order shown. */
    public static List<String> of(VacancyDetail vacancy) {
        List<String> marks = new ArrayList<>();
        if (vacancy.banenafspraak()) {
            marks.add(BANENAFSPRAAK);
        }
        if (vacancy.sroi()) {
            marks.add(SROI);
        }
        return List.copyOf(marks);
    }
}
