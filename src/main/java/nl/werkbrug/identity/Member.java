package nl.werkbrug.identity;

import java.util.Set;

/** A user holding roles in a municipality, as listed for its tenant admin. */
public record Member(String username, String displayName, Set<TenantRole> roles) {
}
