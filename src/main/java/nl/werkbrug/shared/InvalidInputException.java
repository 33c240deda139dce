package nl.werkbrug.shared;

import java.util.List;

/** Input or a step that breaks the domain's rules; nothing was saved. Each problem names its field and message key. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(FieldProblem.of(field, messageKey, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
