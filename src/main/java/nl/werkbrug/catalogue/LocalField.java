package nl.werkbrug.catalogue;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Fields of a regional instrument that a municipality may set for itself, where the region allows it (the
 * instrument's {@code localFields}). Written as the field's name in YAML and JSON.
 */
public enum LocalField {
    AMOUNT("amount"),
    MAX_DURATION("maxDuration"),
    CONDITIONS("conditions"),
    REQUEST_DEADLINE("requestDeadline"),
    DECISION_TERM("decisionTerm"),
    REQUIRED_DOCUMENTS("requiredDocuments"),
    PROVIDER("provider"),
    DECIDED_BY("decidedBy"),
    CAPACITY("capacity"),
    FUNDING("funding"),
    HIDE_AMOUNTS("hideAmountsFromEmployers"),
    FLAT_RATE_START("flatRateStart");

    private final String field;

    LocalField(String field) {
        this.field = field;
    }

    @JsonValue
    public String field() {
        return field;
    }

    @JsonCreator
    public static LocalField fromField(String field) {
        return Arrays.stream(values()).filter(value -> value.field.equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + field + "' is not one of: "
                        + Arrays.stream(values()).map(LocalField::field).collect(Collectors.joining(", "))));
    }

    public String labelKey() {
        return "catalogue.field." + field;
    }
}
