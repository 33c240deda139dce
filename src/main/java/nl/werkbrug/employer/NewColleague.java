package nl.werkbrug.employer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an invited colleague chooses when accepting the invitation. */
public record NewColleague(@NotBlank @Size(max = 200) String name, @NotBlank String username, @NotBlank String password) {

    @Override
    public String toString() {
        return "NewColleague[" + username + "]";
    }
}
