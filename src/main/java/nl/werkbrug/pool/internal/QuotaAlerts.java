package nl.werkbrug.pool.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.RegionRole;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.platform.MailMessage;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the owning municipality's tenant admins and the region's coordinators, once per user and day, that a user
 * crossed a pool quota, with the numbers; and writes the audit entry. Runs in a transaction of its own, so the alert
 * stays when the refused view rolls back.
 */
@Component
public class QuotaAlerts {

    /** The crossing: who, which quota (its message key), and the counts at that moment. */
    public record Crossing(String username, String organisation, String quotaKey, long limit, long userCount,
                           long organisationCount, long organisationLimit, @Nullable String ownerTenant,
                           String subject) {
    }

    private final JdbcClient jdbc;
    private final LocalAccounts accounts;
    private final OutgoingMail mail;
    private final AuditLog audit;
    private final TenantDirectory directory;
    private final OwnerContext system;
    private final Clock clock;

    QuotaAlerts(JdbcClient jdbc, LocalAccounts accounts, OutgoingMail mail, AuditLog audit, TenantDirectory directory,
                OwnerContext system, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mail = mail;
        this.audit = audit;
        this.directory = directory;
        this.system = system;
        this.clock = clock;
    }

    /** Alerts unless this user was reported today already; answers whether it alerted. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean alert(Crossing crossing, @Nullable String userTenant) {
        LocalDate today = LocalDate.now(clock);
        int inserted = jdbc.sql("""
                        insert into pool_quota_alert (region_id, day, username, quota, alerted_at)
                        values (current_setting('app.region_id'), :day, :user, :quota, :now)
                        on conflict do nothing""")
                .param("day", Date.valueOf(today)).param("user", crossing.username())
                .param("quota", crossing.quotaKey()).param("now", Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            return false;
        }
        String numbers = numbers(crossing);
        String tenant = crossing.ownerTenant() != null ? crossing.ownerTenant() : userTenant;
        audit.record(AuditAction.POOL_QUOTA_EXCEEDED, tenant, crossing.username(), crossing.subject(), numbers);
        String subject = "Werkbrug kandidatenpool: quotum overschreden door " + crossing.username();
        String body = """
                Een gebruiker van de regionale kandidatenpool heeft een grens tegen massaal opvragen (scrapen) bereikt.
                Verdere profielen en zoekopdrachten worden voor deze gebruiker vandaag geweigerd; andere gebruikers
                merken er niets van.

                %s

                Controleer of dit gebruik past bij het werk van deze gebruiker. Bij twijfel: blokkeer het account en
                meld het als mogelijk datalek bij de functionaris gegevensbescherming.
                """.formatted(numbers);
        for (String to : recipients(tenant)) {
            mail.send(new MailMessage(to, subject, body));
        }
        return true;
    }

    /** The alert's numbers in Dutch, for the mail and the audit entry. */
    static String numbers(Crossing crossing) {
        Formats nl = Formats.DUTCH;
        return "Gebruiker: " + crossing.username() + " (" + crossing.organisation() + ")\n"
                + "Grens: " + nl.text(crossing.quotaKey() + ".name") + ", " + nl.number(crossing.limit()) + "\n"
                + "Gebruik van deze gebruiker vandaag: " + nl.number(crossing.userCount()) + "\n"
                + "Gebruik van de organisatie vandaag: " + nl.number(crossing.organisationCount()) + " van "
                + nl.number(crossing.organisationLimit());
    }

    /** The admins' and coordinators' addresses, looked up as the system (see {@link OwnerContext}). */
    private List<String> recipients(@Nullable String tenant) {
        return system.system(() -> {
            Set<String> to = new LinkedHashSet<>();
            if (tenant != null) {
                to.addAll(accounts.addressesOf(tenant, TenantRole.TENANT_ADMIN));
            }
            to.addAll(accounts.regionAddressesOf(directory.region().id(), RegionRole.COORDINATOR));
            return new ArrayList<>(to);
        });
    }
}
