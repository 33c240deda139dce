package nl.werkbrug.subsidies;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A question of the municipality about a request and, once given, the employer's answer. */
public record InformationRequest(long id, String question, LocalDate askedOn, @Nullable String answer,
                                 @Nullable LocalDate answeredOn) {

    public boolean isOpen() {
        return answeredOn == null;
    }
}
