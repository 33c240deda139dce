package nl.werkbrug.subsidies;

/** Who coaches the employee on the job: a coach of the employer's own or one from outside. */
public enum CoachKind {
    INTERN, EXTERN;

    public String labelKey() {
        return "subsidy.coach." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
