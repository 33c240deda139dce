package nl.werkbrug.referrals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.EmployerSummary;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.platform.MailMessage;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.platform.PlatformProperties;
import nl.werkbrug.referrals.Referral;
import nl.werkbrug.referrals.ReplyTarget;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly referral work, in each municipality as the portal itself: hires whose placement started become outflow
 * to work on the file, and employers who let a proposal wait past the proposing municipality's reply-time target
 * ({@code referrals.employerReplyWorkingDays}) get one reminder by mail, through the platform's mail (the outbox in
 * the embedded default). The mail names the vacancy and the profile's pseudonym, never the candidate.
 */
@Component
public class ReferralJobs {

    private static final Logger log = LoggerFactory.getLogger(ReferralJobs.class);

    private final ReferralStore store;
    private final ReferralFollowUp followUp;
    private final EmployerOrganisations employers;
    private final TenantDirectory directory;
    private final OutgoingMail mail;
    private final PlatformProperties platform;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReferralJobs(ReferralStore store, ReferralFollowUp followUp, EmployerOrganisations employers,
                 TenantDirectory directory, OutgoingMail mail, PlatformProperties platform,
                 PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.followUp = followUp;
        this.employers = employers;
        this.directory = directory;
        this.mail = mail;
        this.platform = platform;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${werkbrug.referrals.nightly-cron:0 45 3 * * *}", zone = DutchTime.ZONE_ID)
    void nightly() {
        recordStartedPlacements();
        remindEmployers();
    }

    /** Records the outflow of hires whose placement started by today; answers how many per municipality. */
    public Map<String, Integer> recordStartedPlacements() {
        LocalDate today = LocalDate.now(clock);
        return perTenant(tenant -> {
            List<Referral> due = store.outflowDue(tenant.id(), today);
            due.forEach(hire -> followUp.recordOutflowIfStarted(hire, today));
            return due.size();
        });
    }

    /** Reminds employers of proposals past the target; answers how many proposals per municipality. */
    public Map<String, Integer> remindEmployers() {
        LocalDate today = LocalDate.now(clock);
        return perTenant(tenant -> {
            ReplyTarget target = new ReplyTarget(tenant.referrals().replyWorkingDays());
            Map<Long, List<Referral>> late = store.awaitingEmployer(tenant.id()).stream()
                    .filter(open -> open.sentAt() != null
                            && target.passed(LocalDate.ofInstant(open.sentAt(), DutchTime.ZONE), today))
                    .collect(Collectors.groupingBy(Referral::employerId, LinkedHashMap::new, Collectors.toList()));
            late.forEach((employer, referrals) -> remind(tenant, target, employer, referrals, today));
            return late.values().stream().mapToInt(List::size).sum();
        });
    }

    private void remind(Tenant tenant, ReplyTarget target, long employerId, List<Referral> referrals, LocalDate today) {
        Optional<String> address = employers.find(employerId).map(EmployerSummary::contactEmail)
                .filter(found -> !found.isBlank());
        if (address.isEmpty()) {
            log.warn("Employer {} has no contact e-mail; no reminder about {} proposals", employerId, referrals.size());
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Referral referral : referrals) {
            lines.add(Formats.DUTCH.text("referral.mail.reminder.line", referral.vacancyTitle(), referral.pseudonym(),
                    Formats.DUTCH.longDate(LocalDate.ofInstant(java.util.Objects.requireNonNull(referral.sentAt()),
                            DutchTime.ZONE))));
            store.reminded(referral.id(), today);
        }
        mail.send(new MailMessage(address.get(), Formats.DUTCH.text("referral.mail.reminder.subject", tenant.name()),
                Formats.DUTCH.text("referral.mail.reminder.body", tenant.name(), target.workingDays(),
                        String.join("\n", lines), platform.link("werkgever/voordrachten"))));
    }

    private Map<String, Integer> perTenant(java.util.function.Function<Tenant, Integer> work) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Tenant tenant : directory.tenants()) {
            TenantContext.runAs(tenant.id(), () -> SystemTask.run(() -> counts.put(tenant.id(),
                    transaction.execute(status -> work.apply(tenant)))));
        }
        return counts;
    }
}
