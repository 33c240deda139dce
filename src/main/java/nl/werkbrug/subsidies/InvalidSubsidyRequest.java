package nl.werkbrug.subsidies;

import java.util.List;

/** The request (or a step on it) breaks a rule; each problem names a field and a translation key. */
public class InvalidSubsidyRequest extends RuntimeException {

    private final List<SubsidyRequestForm.Problem> problems;

    public InvalidSubsidyRequest(List<SubsidyRequestForm.Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public static InvalidSubsidyRequest of(String field, String key) {
        return new InvalidSubsidyRequest(List.of(new SubsidyRequestForm.Problem(field, key)));
    }

    public List<SubsidyRequestForm.Problem> problems() {
        return problems;
    }
}
