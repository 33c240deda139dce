package nl.werkbrug.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.NewLocalUser;
import nl.werkbrug.identity.RegionRole;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.identity.TenantRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo users listed in the README (password {@value #PASSWORD}), a demo company and, once the consultants
 * exist, the demo caseloads ({@link DemoCaseloads}). Idempotent: existing accounts and caseloads are left as they are.
 */
@Component
@ConditionalOnBooleanProperty("werkbrug.demo-data.enabled")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "werkbrug";
    static final String DEMO_COMPANY_KVK = "12345678";
    /** The demo accounts' names, for the production check that none of them keeps the demo password. */
    static final List<String> USERNAMES = List.of("consulent.enschede", "consulent.hengelo", "werkcoach.hengelo",
            "consulent.hellendoorn", "beheer.enschede", "beheer.hengelo", "sroi.hengelo", "coordinator.twente",
            "werkgever.demo");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final LocalAccounts accounts;
    private final EmployerOrganisations employers;
    private final DemoCaseloads caseloads;

    DemoData(LocalAccounts accounts, EmployerOrganisations employers, DemoCaseloads caseloads) {
        this.accounts = accounts;
        this.employers = employers;
        this.caseloads = caseloads;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTask.run(this::seed);
    }

    private void seed() {
        long company = employers.ensureRegistered(DEMO_COMPANY_KVK, "Twentse Metaalwerken B.V.", "Hengelo",
                new EmployerOrganisations.Contact("Karin Wolters", "karin.wolters@metaalwerken.example", "074 000 0000"));
        List<NewLocalUser> users = List.of(
                consultant("consulent.enschede", "Eva Jansen", Set.of("enschede")),
                consultant("consulent.hengelo", "Henk Bosch", Set.of("hengelo")),
                consultant("werkcoach.hengelo", "Fatma Yilmaz", Set.of("hengelo", "borne", "haaksbergen")),
                consultant("consulent.hellendoorn", "Anne Mulder", Set.of("hellendoorn")),
                tenantUser("beheer.enschede", "Sanne Visser", Map.of("enschede", Set.of(TenantRole.TENANT_ADMIN))),
                tenantUser("beheer.hengelo", "Pieter Smit", Map.of("hengelo", Set.of(TenantRole.TENANT_ADMIN))),
                tenantUser("sroi.hengelo", "Ruud Kamphuis", Map.of("hengelo", Set.of(TenantRole.SROI_OFFICER),
                        "borne", Set.of(TenantRole.SROI_OFFICER), "haaksbergen", Set.of(TenantRole.SROI_OFFICER))),
                new NewLocalUser("coordinator.twente", PASSWORD, "Tom de Vries", mail("coordinator.twente"), Map.of(),
                        Map.of("twente", Set.of(RegionRole.COORDINATOR)), null),
                new NewLocalUser("werkgever.demo", PASSWORD, "Karin Wolters", null, Map.of(), Map.of(),
                        new EmployerMembership(company, EmployerRole.EMPLOYER_ADMIN)));
        if (!users.stream().map(NewLocalUser::username).toList().equals(USERNAMES)) {
            throw new IllegalStateException("DemoData.USERNAMES must name every demo account");
        }
        long created = users.stream().filter(accounts::ensureUser).count();
        if (created > 0) {
            log.info("Demo data: {} demo users created (password '{}'), see README", created, PASSWORD);
        }
        caseloads.seed();
    }

    private static NewLocalUser consultant(String username, String name, Set<String> tenants) {
        Map<String, Set<TenantRole>> roles = new java.util.HashMap<>();
        tenants.forEach(tenant -> roles.put(tenant, Set.of(TenantRole.CONSULTANT)));
        return tenantUser(username, name, roles);
    }

    private static NewLocalUser tenantUser(String username, String name, Map<String, Set<TenantRole>> roles) {
        return new NewLocalUser(username, PASSWORD, name, mail(username), roles, Map.of(), null);
    }

    /**
     * The demo users' addresses, on the reserved {@code .example} domain: the portal's notices to them (an
     * introduction request, a crossed pool quota) land in the developer outbox with a recipient.
     */
    private static String mail(String username) {
        return username + "@demo.werkbrug.example";
    }
}
