package nl.werkbrug.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A change to the catalogue that cannot be made; nothing was saved. The screens check the same rules first and show
 * them at the field; this is the service's own guard.
 */
public class CatalogueChangeRejected extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public CatalogueChangeRejected(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public CatalogueChangeRejected(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
