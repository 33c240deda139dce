package nl.werkbrug.matching;

import nl.werkbrug.shared.Labelled;

/** What a match is scored on, one part of the total each, in the order the reasons are shown. */
public enum Criterion implements Labelled {
    OCCUPATION, SKILLS, HOURS, DISTANCE, AVAILABILITY, EDUCATION, DRIVING_LICENCE, SUPPORT;

    @Override
    public String labelPrefix() {
        return "matching.criterion";
    }
}
