package nl.werkbrug.identity;

import org.jspecify.annotations.Nullable;

/** Someone with an account at an employer organisation, as listed on the company's home page. */
public record Colleague(String username, String displayName, @Nullable String email, EmployerRole role) {
}
