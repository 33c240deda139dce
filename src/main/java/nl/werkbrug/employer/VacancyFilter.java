package nl.werkbrug.employer;

import org.jspecify.annotations.Nullable;

/**
 * What consultants filter published vacancies on; null or blank means "any".
 *
 * @param text       part of the title, the employer's name or the occupation
 * @param brcClass   BRC 2014 beroepsklasse (2 digits)
 * @param place      part of the place name
 * @param sroiOnly   only SROI vacancies
 * @param banenafspraakOnly only vacancies for the banenafspraak
 */
public record VacancyFilter(@Nullable String text, @Nullable String brcClass, @Nullable String place, boolean sroiOnly,
                            boolean banenafspraakOnly) {

    public static VacancyFilter none() {
        return new VacancyFilter(null, null, null, false, false);
    }
}
