package nl.werkbrug.shared;

import java.util.List;

/**
 * A value that breaks a rule of the domain: the path of its field ({@code "amount.euro"}), a message key of the
 * nl/en bundles ({@code "subsidy.error.bsn"}) and the arguments the message needs. The one problem type of every
 * module: services throw {@link InvalidInputException} with a list of them, views show each at its field.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + (args.isEmpty() ? "" : " " + args);
    }
}
