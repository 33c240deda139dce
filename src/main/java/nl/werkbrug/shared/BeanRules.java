package nl.werkbrug.shared;

import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * The Bean Validation constraints of a record (its single-field rules: required, length, bounds) as
 * {@link FieldProblem}s, so a view shows them at the field without repeating the constraint. A constraint whose
 * {@code message} is a key of the nl/en bundles ({@code @NotBlank(message = "{vacancy.title.required}")}) gives that
 * key; the others give a shared {@code form.error.*} key. The field is the property path without list indexes
 * ({@code "amount.tiers.hours"}).
 */
public final class BeanRules {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private BeanRules() {
    }

    public static List<FieldProblem> problems(Object bean) {
        return problems(FACTORY.getValidator(), bean);
    }

    /** An empty field is only reported as required, not also as too short or of the wrong form. */
    static List<FieldProblem> problems(Validator validator, Object bean) {
        Set<ConstraintViolation<Object>> violations = validator.validate(bean);
        Set<String> empty = violations.stream().filter(BeanRules::isRequired).map(v -> field(v.getPropertyPath()))
                .collect(Collectors.toSet());
        return violations.stream().filter(v -> isRequired(v) || !empty.contains(field(v.getPropertyPath())))
                .map(BeanRules::problem).distinct().sorted(Comparator.comparing(FieldProblem::field)).toList();
    }

    private static boolean isRequired(ConstraintViolation<?> violation) {
        return REQUIRED.contains(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
    }

    private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty");

    static FieldProblem problem(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")
                && !template.startsWith("{org.hibernate.")) {
            return FieldProblem.of(field, template.substring(1, template.length() - 1));
        }
        return switch (constraint.annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldProblem.of(field, "form.error.required");
            case "Size" -> FieldProblem.of(field, "form.error.too-long", attributes.get("max"));
            case "Positive" -> FieldProblem.of(field, "form.error.positive");
            case "Min", "DecimalMin" -> FieldProblem.of(field, "form.error.at-least", attributes.get("value"));
            case "Max", "DecimalMax" -> FieldProblem.of(field, "form.error.at-most", attributes.get("value"));
            default -> FieldProblem.of(field, "form.error.invalid");
        };
    }

    /** {@code requiredDocuments[0].<list element>} becomes {@code requiredDocuments}. */
    static String field(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY && node.getName() != null)
                .map(Path.Node::getName).collect(Collectors.joining("."));
    }
}
