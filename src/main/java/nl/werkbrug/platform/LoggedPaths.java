package nl.werkbrug.platform;

import java.util.regex.Pattern;

/**
 * Paths as they may go into logs, audit entries and error pages (security review finding 10): an invitation link
 * ({@code /werkgever/uitnodiging/<token>}) is a way into an employer account until it is used, so the token never
 * leaves the request. Masks the segment after {@code uitnodiging}, any {@code token}-like query parameter, and any
 * segment that looks like a secret (32 or more letters, digits, {@code -} or {@code _}; no route segment is that long).
 */
public final class LoggedPaths {

    public static final String MASK = "***";

    private static final Pattern INVITATION = Pattern.compile("(?i)(uitnodiging/)[^/?#]+");
    private static final Pattern TOKEN_PARAMETER = Pattern.compile("(?i)([?&][^=&#]*(?:token|code|key|secret)[^=&#]*=)[^&#]*");
    private static final Pattern SECRET_LIKE = Pattern.compile("(?<=/|^)[A-Za-z0-9_-]{32,}(?=[/?#]|$)");

    private LoggedPaths() {
    }

    /** The path (or URL) with tokens replaced by {@value #MASK}. */
    public static String mask(String path) {
        String masked = INVITATION.matcher(path).replaceAll("$1" + MASK);
        masked = TOKEN_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
        return SECRET_LIKE.matcher(masked).replaceAll(MASK);
    }
}
