package nl.werkbrug.employer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a company fills in to register itself; its first user becomes the employer admin. Numbers may be typed with
 * spaces; the service normalises them.
 */
public record EmployerRegistration(
        @NotBlank String kvkNumber,
        @Nullable String vestigingsnummer,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 12) String houseNumber,
        @NotBlank String postcode,
        @NotBlank @Size(max = 100) String place,
        @NotBlank @Pattern(regexp = "[0-9]{2,5}") String sbiCode,
        int sbiVersion,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @NotBlank @Size(max = 30) String contactPhone,
        @NotBlank String username,
        @NotBlank String password) {

    @Override
    public String toString() {
        return "EmployerRegistration[kvk=" + kvkNumber + ", name=" + name + ", username=" + username + "]";
    }
}
