package nl.werkbrug.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.RegionRole;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our "Keycloak adapter": turns the claims of a Keycloak token into the portal's principal. Roles come from group
 * membership (claim {@code groups}, full paths):
 * <ul>
 * <li>{@code /gemeente/<tenant>/<CONSULTANT|SROI_OFFICER|TENANT_ADMIN>}</li>
 * <li>{@code /regio/<region>/COORDINATOR}</li>
 * </ul>
 * An employer user's membership comes from the claims {@code werkgever_id} and {@code werkgever_rol}
 * ({@code EMPLOYER_ADMIN|EMPLOYER_USER}), the user attributes {@code werkbrug-werkgever} and
 * {@code werkbrug-werkgeversrol} that only an administrator (the provisioning account) may set (realm's user
 * profile; ADR 0006: the provisioning account's permissions cannot reach per-company groups).
 * Groups of unknown municipalities or regions, unknown roles and other groups are ignored: a token without usable
 * groups gives a user without any role, who gets the "no access" page.
 */
final class KeycloakTokenMapper {

    private static final Logger log = LoggerFactory.getLogger(KeycloakTokenMapper.class);
    private static final Pattern GROUP = Pattern.compile("^/(gemeente|regio)/([^/]+)/([A-Z_]+)$");

    private final TenantDirectory directory;

    KeycloakTokenMapper(TenantDirectory directory) {
        this.directory = directory;
    }

    PortalUser map(Map<String, Object> claims) {
        String username = firstText(claims, "preferred_username", "sub");
        if (username == null) {
            throw new IllegalArgumentException("Token has neither preferred_username nor sub");
        }
        Map<String, Set<TenantRole>> tenantRoles = new HashMap<>();
        Map<String, Set<RegionRole>> regionRoles = new HashMap<>();
        EmployerMembership employer = null;
        for (String group : groups(claims.get("groups"))) {
            Matcher matcher = GROUP.matcher(group);
            if (!matcher.matches()) {
                continue;
            }
            String scope = matcher.group(2);
            String role = matcher.group(3);
            switch (matcher.group(1)) {
                case "gemeente" -> {
                    if (directory.find(scope).isPresent() && isOneOf(role, TenantRole.class)) {
                        tenantRoles.computeIfAbsent(scope, t -> EnumSet.noneOf(TenantRole.class)).add(TenantRole.valueOf(role));
                    } else {
                        log.warn("Ignoring group {} of user {}: unknown municipality or role", group, username);
                    }
                }
                default -> {
                    if (directory.region().id().equals(scope) && isOneOf(role, RegionRole.class)) {
                        regionRoles.computeIfAbsent(scope, r -> EnumSet.noneOf(RegionRole.class)).add(RegionRole.valueOf(role));
                    }
                }
            }
        }
        String employerId = firstText(claims, "werkgever_id");
        String employerRole = firstText(claims, "werkgever_rol");
        if (employerId != null && employerId.matches("\\d{1,18}") && employerRole != null
                && isOneOf(employerRole, EmployerRole.class)) {
            employer = new EmployerMembership(Long.parseLong(employerId), EmployerRole.valueOf(employerRole));
        }
        String name = firstText(claims, "name");
        String language = firstText(claims, "locale");
        return new PortalUser(username, name == null ? username : name, tenantRoles, regionRoles, employer,
                "nl".equals(language) || "en".equals(language) ? language : null);
    }

    private static List<String> groups(@Nullable Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return claim instanceof String single ? List.of(single) : List.of();
    }

    private static <E extends Enum<E>> boolean isOneOf(String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String firstText(Map<String, Object> claims, String... names) {
        for (String name : names) {
            if (claims.get(name) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }
}
