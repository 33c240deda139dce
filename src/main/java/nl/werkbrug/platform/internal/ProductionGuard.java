package nl.werkbrug.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile with anything of the embedded default left in it: the embedded
 * database, demo data, local logins, the developer outbox (or its page, or the dev profile), or a secret that is empty, short or one of our well-known defaults. Runs before
 * any bean is created, so a misconfigured production never touches its database.
 */
class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final Set<String> WELL_KNOWN = Set.of("werkbrug", "werkbrug_app", "werkbrug_owner", "postgres", "password",
            "changeme", "change-me", "secret", "admin", "keycloak");

    /** The public development keys of application.properties, refused in production. */
    static final String DEVELOPMENT_ENCRYPTION_KEY = "ed+SKXIodnG+tdjxTX7Qc5SNa4SDNaktMFvvPUqlZMg=";
    static final String DEVELOPMENT_INDEX_KEY = "xDepSMIKvnvrhz2+KIUCvWTHyzNO510TtNqXdIeYp00=";
    static final String DEVELOPMENT_DOCUMENT_KEY = "gaps6fJmkLR5QY2sQGQDvUZMXhmfwXXDmweIqK7f++Y=";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (blank(environment.getProperty("spring.datasource.url"))) {
            problems.add("SPRING_DATASOURCE_URL is not set: production needs an external PostgreSQL, not the embedded one");
        }
        if (environment.getProperty("werkbrug.demo-data.enabled", Boolean.class, false)) {
            problems.add("demo data is enabled (werkbrug.demo-data.enabled=true)");
        }
        if (environment.getProperty("werkbrug.mail.outbox", Boolean.class, false)) {
            problems.add("the developer mail outbox is enabled (werkbrug.mail.outbox=true): production sends mail through SMTP");
        }
        if (environment.getProperty("werkbrug.mail.outbox-page", Boolean.class, false) || environment.matchesProfiles("dev")) {
            problems.add("the developer outbox page or the dev profile is on (werkbrug.mail.outbox-page=true, profile dev)");
        }
        if (!"keycloak".equals(environment.getProperty("werkbrug.login"))) {
            problems.add("werkbrug.login must be keycloak in production");
        }
        String issuer = environment.getProperty("spring.security.oauth2.client.provider.keycloak.issuer-uri", "");
        if (!issuer.startsWith("https://")) {
            problems.add("KEYCLOAK_ISSUER_URI must be an https:// URL, was '" + issuer + "'");
        }
        String baseUrl = environment.getProperty("werkbrug.base-url", "");
        if (!baseUrl.startsWith("https://")) {
            problems.add("WERKBRUG_BASE_URL must be the portal's https:// address (links in mail never come from request headers), was '"
                    + baseUrl + "'");
        }
        for (String[] key : new String[][] {{"werkbrug.bsn.encryption-key", "WERKBRUG_BSN_ENCRYPTION_KEY", DEVELOPMENT_ENCRYPTION_KEY},
                {"werkbrug.bsn.index-key", "WERKBRUG_BSN_INDEX_KEY", DEVELOPMENT_INDEX_KEY},
                {"werkbrug.documents.encryption-key", "WERKBRUG_DOCUMENT_ENCRYPTION_KEY", DEVELOPMENT_DOCUMENT_KEY}}) {
            if (key[2].equals(environment.getProperty(key[0], ""))) {
                problems.add(key[1] + " must be set: the development key in application.properties is public");
            }
        }
        weakSecret(environment, "spring.security.oauth2.client.registration.keycloak.client-secret", "KEYCLOAK_CLIENT_SECRET", 16, problems);
        weakSecret(environment, "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD", 12, problems);
        if (environment.getProperty("spring.liquibase.enabled", Boolean.class, true)
                || !environment.getProperty("spring.liquibase.password", "").isEmpty()
                || !environment.getProperty("spring.liquibase.user", "").isEmpty()) {
            problems.add("the portal must neither run the migrations nor hold the schema owner's credentials "
                    + "(SPRING_LIQUIBASE_ENABLED=false, no SPRING_LIQUIBASE_USER/PASSWORD): the Helm chart's migration Job runs them");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start the prod profile:\n - " + String.join("\n - ", problems));
        }
    }

    private static void weakSecret(ConfigurableEnvironment environment, String property, String variable, int minimum,
                                   List<String> problems) {
        String value = environment.getProperty(property, "");
        if (value.length() < minimum) {
            problems.add(variable + " must be set to a secret of at least " + minimum + " characters");
        } else if (WELL_KNOWN.contains(value.toLowerCase(Locale.ROOT))) {
            problems.add(variable + " is a well-known default password");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
