package nl.werkbrug.catalogue;

/** A value that cannot be used, with the path of its field ("amount.euro") and what is wrong. */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return "field '" + field + "' " + message;
    }
}
