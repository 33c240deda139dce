package nl.werkbrug.employer;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.KvkNumber;
import nl.werkbrug.shared.Postcode;
import nl.werkbrug.shared.Vestigingsnummer;
import org.jspecify.annotations.Nullable;

/**
 * What a company fills in to register itself; its first user becomes the employer admin. Numbers may be typed with
 * spaces; the service normalises them. The constraints name the message the user reads; {@link #problems} adds the
 * format rules. User name and password are the identity module's to judge. The phone number is optional (issue 11: the
 * e-mail address reaches the company; the phone is one of the "meer gegevens").
 */
public record EmployerRegistration(
        @NotBlank(message = "{employer.register.kvk.required}") String kvkNumber,
        @Nullable String vestigingsnummer,
        @NotBlank(message = "{employer.register.name.required}") @Size(max = 200) String name,
        @NotBlank(message = "{employer.register.street.required}") @Size(max = 200) String street,
        @NotBlank(message = "{employer.register.house-number.required}") @Size(max = 12) String houseNumber,
        @NotBlank(message = "{employer.register.postcode.required}") String postcode,
        @NotBlank(message = "{employer.register.place.required}") @Size(max = 100) String place,
        @NotBlank(message = "{employer.register.sbi-code.required}")
        @Pattern(regexp = "[0-9]{2,5}", message = "{employer.register.sbi-code.invalid}") String sbiCode,
        int sbiVersion,
        @NotBlank(message = "{employer.register.contact-name.required}") @Size(max = 200) String contactName,
        @NotBlank(message = "{employer.register.contact-email.required}")
        @Email(message = "{employer.register.contact-email.invalid}") @Size(max = 254) String contactEmail,
        @Nullable @Size(max = 30) String contactPhone,
        @NotBlank String username,
        @NotBlank String password) {

    /** Every rule the company details break (user name and password aside). */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(this).stream()
                .filter(problem -> !problem.field().equals("username") && !problem.field().equals("password")).toList());
        check(problems, "kvkNumber", kvkNumber, KvkNumber.isValidInput(kvkNumber), "employer.register.kvk.invalid");
        check(problems, "vestigingsnummer", vestigingsnummer,
                vestigingsnummer == null || Vestigingsnummer.isValidInput(vestigingsnummer), "employer.register.vestigingsnummer.invalid");
        check(problems, "houseNumber", houseNumber, houseNumber != null
                && houseNumber.strip().matches("[1-9][0-9]{0,4}\\s*[-/]?\\s*[A-Za-z0-9]{0,6}"), "employer.register.house-number.invalid");
        check(problems, "postcode", postcode, Postcode.isValidInput(postcode), "employer.register.postcode.invalid");
        if (sbiVersion != 2008 && sbiVersion != 2025) {
            problems.add(FieldProblem.of("sbiVersion", "employer.register.sbi-version.required"));
        } else if (sbiVersion == 2025 && problems.stream().noneMatch(problem -> problem.field().equals("sbiCode"))
                && sbiCode.strip().length() != 5) {
            problems.add(FieldProblem.of("sbiCode", "employer.register.sbi-code.five-digits"));
        }
        check(problems, "contactPhone", contactPhone, EmployerRegistrations.isValidPhone(contactPhone),
                "employer.register.contact-phone.invalid");
        return problems;
    }

    /** A value that was typed but has the wrong form; an empty one is the constraints' to report. */
    private static void check(List<FieldProblem> problems, String field, @Nullable String value, boolean valid, String key) {
        if (value != null && !value.isBlank() && !valid) {
            problems.add(FieldProblem.of(field, key));
        }
    }

    @Override
    public String toString() {
        return "EmployerRegistration[kvk=" + kvkNumber + ", name=" + name + ", username=" + username + "]";
    }
}
