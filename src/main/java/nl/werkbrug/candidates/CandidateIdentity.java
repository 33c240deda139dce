package nl.werkbrug.candidates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.Bsn;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.Postcode;
import org.jspecify.annotations.Nullable;

/**
 * Who the candidate is and what benefit they receive, as a consultant enters it. {@link #problems} names every rule
 * it breaks: the single-field constraints and those across fields (the 11-proef, a birth date in the future).
 */
public record CandidateIdentity(
        @NotBlank(message = "{candidates.error.given-name}") @Size(max = 100) String givenName,
        @NotBlank(message = "{candidates.error.family-name}") @Size(max = 100) String familyName,
        @NotBlank(message = "{candidates.error.bsn-required}") String bsn,
        @NotNull(message = "{candidates.error.birth-date-required}") @Nullable LocalDate birthDate,
        @Size(max = 200) String street,
        @Size(max = 20) String houseNumber,
        String postcode,
        @Size(max = 100) String city,
        @Size(max = 30) String phone,
        @Email(message = "{candidates.error.email}") @Size(max = 254) String email,
        @NotNull(message = "{candidates.error.benefit-required}") @Nullable Benefit benefit,
        @Nullable LocalDate benefitSince) {

    /** The youngest age at which someone can be in a Participatiewet caseload. */
    static final int MINIMUM_AGE = 15;

    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(this));
        if (bsn != null && !bsn.isBlank() && !Bsn.isValidInput(bsn)) {
            problems.add(FieldProblem.of("bsn", "candidates.error.bsn"));
        }
        if (birthDate != null && birthDate.isAfter(today)) {
            problems.add(FieldProblem.of("birthDate", "candidates.error.birth-date-future"));
        } else if (birthDate != null && birthDate.plusYears(MINIMUM_AGE).isAfter(today)) {
            problems.add(FieldProblem.of("birthDate", "candidates.error.birth-date-young", MINIMUM_AGE));
        }
        if (postcode != null && !postcode.isBlank() && !Postcode.isValidInput(postcode)) {
            problems.add(FieldProblem.of("postcode", "employer.register.postcode.invalid"));
        }
        if (benefitSince != null && benefitSince.isAfter(today)) {
            problems.add(FieldProblem.of("benefitSince", "candidates.error.date-future"));
        } else if (benefitSince != null && birthDate != null && benefitSince.isBefore(birthDate)) {
            problems.add(FieldProblem.of("benefitSince", "candidates.error.before-birth"));
        }
        return problems;
    }
}
