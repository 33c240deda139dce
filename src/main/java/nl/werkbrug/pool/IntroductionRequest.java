package nl.werkbrug.pool;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A requester's ask for an introduction to a pool candidate: with one of their published vacancies, or a message
 * saying what they have in mind (or both). It becomes the purpose of the candidate's consent.
 */
public record IntroductionRequest(@Nullable Long vacancyId,
                                  @Size(max = 1000, message = "{pool.introduction.error.message-long}") @Nullable String message) {

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(this));
        if (vacancyId == null && (message == null || message.isBlank())) {
            problems.add(FieldProblem.of("message", "pool.introduction.error.vacancy-or-message"));
        }
        return problems;
    }

    /** The message without surrounding blanks; empty stays empty. */
    public @Nullable String strippedMessage() {
        return message == null || message.isBlank() ? null : message.strip();
    }
}
