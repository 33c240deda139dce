package nl.werkbrug.pool;

import java.time.LocalDate;
import java.time.Period;

import nl.werkbrug.shared.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * The age of a pool candidate in bands, never the birth date. The edges follow the doelgroepen of the Participatiewet
 * practice: jongeren under 27 and 50-plussers (Hengelo's and Enschede's target groups).
 */
public enum AgeBand implements Labelled {
    UNDER_27, FROM_27_TO_34, FROM_35_TO_49, FROM_50;

    @Override
    public String labelPrefix() {
        return "pool.age";
    }

    /** The band on a day; empty without a birth date. */
    public static @Nullable AgeBand on(@Nullable LocalDate birthDate, LocalDate day) {
        if (birthDate == null) {
            return null;
        }
        int age = Period.between(birthDate, day).getYears();
        if (age < 27) {
            return UNDER_27;
        }
        if (age < 35) {
            return FROM_27_TO_34;
        }
        return age < 50 ? FROM_35_TO_49 : FROM_50;
    }
}
