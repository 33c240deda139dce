package nl.werkbrug.employer;
import nl.werkbrug.employer.EmployerEvent.ColleagueJoined;
import nl.werkbrug.employer.EmployerEvent.ColleagueInvited;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.werkbrug.employer.internal.EmployerInvitation;
import nl.werkbrug.employer.internal.EmployerInvitationRepository;
import nl.werkbrug.employer.internal.EmployerOrganisation;
import nl.werkbrug.employer.internal.EmployerOrganisationRepository;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerAccounts;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.NewEmployerAccount;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.platform.MailMessage;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.platform.PlatformProperties;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * An employer admin invites colleagues by e-mail. The mail holds a single-use link that expires; the portal stores
 * only the SHA-256 hash of its random token, so a copy of the database cannot be used to accept an invitation. The
 * colleague opens the link, chooses a user name and password and becomes employer user.
 */
@Service
@Validated
public class EmployerInvitations {

    static final String LINK_PATH = "/werkgever/uitnodiging/";
    private static final DateTimeFormatter DUTCH_TIME = DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm", Locale.of("nl", "NL"))
            .withZone(DutchTime.ZONE);

    private final EmployerInvitationRepository invitations;
    private final EmployerOrganisationRepository organisations;
    private final EmployerAccounts accounts;
    private final CurrentUser currentUser;
    private final TenantDirectory directory;
    private final OutgoingMail mail;
    private final ApplicationEventPublisher events;
    private final Duration validity;
    private final PlatformProperties platform;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    EmployerInvitations(EmployerInvitationRepository invitations, EmployerOrganisationRepository organisations,
                        EmployerAccounts accounts, CurrentUser currentUser, TenantDirectory directory, OutgoingMail mail,
                        ApplicationEventPublisher events, EmployerProperties properties, PlatformProperties platform,
                        Clock clock) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.directory = directory;
        this.mail = mail;
        this.events = events;
        this.validity = properties.invitationValidity();
        this.platform = platform;
        this.clock = clock;
    }

    /** Invites a colleague of the admin's company; the mail is sent (or stored) in the same transaction. */
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    @Transactional
    public InvitationSummary invite(@NotBlank @Email @Size(max = 254) String email) {
        PortalUser admin = currentUser.require();
        long employerId = adminOf(admin);
        EmployerOrganisation company = organisations.findById(employerId).orElseThrow();
        String token = newToken();
        Instant now = clock.instant();
        EmployerInvitation invitation = invitations.save(new EmployerInvitation(directory.region().id(), employerId,
                email.strip(), hash(token), admin.username(), now, now.plus(validity)));
        String link = platform.link(LINK_PATH + token);
        mail.send(new MailMessage(email.strip(), "Uitnodiging voor Werkbrug van " + company.name(), """
                Beste collega,

                %s nodigt u uit om voor %s te werken in Werkbrug, het werkgeversportaal van de gemeenten in de regio %s.

                Open deze link en kies een gebruikersnaam en wachtwoord:
                %s

                De link werkt één keer en is geldig tot %s.
                Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.
                """.formatted(admin.displayName(), company.name(), directory.region().name(), link,
                DUTCH_TIME.format(invitation.expiresAt()))));
        events.publishEvent(new ColleagueInvited(directory.region().id(), admin.username(), employerId, invitation.id()));
        return invitation.summary();
    }

    /** Invitations of the admin's company that can still be used, newest first. */
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    @Transactional(readOnly = true)
    public List<InvitationSummary> open() {
        return invitations.findOpen(adminOf(currentUser.require()), clock.instant()).stream()
                .map(EmployerInvitation::summary).toList();
    }

    /** What the link with this token is worth; anyone holding a link may ask. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public InvitationCheck check(String token) {
        if (!looksLikeToken(token)) {
            return InvitationCheck.of(InvitationState.UNKNOWN);
        }
        return invitations.findByTokenHash(hash(token)).map(invitation -> {
            InvitationState state = invitation.state(clock.instant());
            if (state != InvitationState.VALID) {
                return InvitationCheck.of(state);
            }
            String company = organisations.findById(invitation.employerId()).map(EmployerOrganisation::name).orElse("");
            return new InvitationCheck(state, company, invitation.email(), invitation.expiresAt());
        }).orElse(InvitationCheck.of(InvitationState.UNKNOWN));
    }

    /**
     * Uses the invitation: creates the colleague's account as employer user and marks the link used, in one
     * transaction.
     *
     * @throws InvitationNotUsableException                if the link is unknown, expired or used
     * @throws nl.werkbrug.identity.UsernameTakenException if the user name is in use (the link stays usable)
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void accept(String token, @Valid NewColleague colleague) {
        if (!looksLikeToken(token)) {
            throw new InvitationNotUsableException(InvitationState.UNKNOWN);
        }
        EmployerInvitation invitation = invitations.lockByTokenHash(hash(token))
                .orElseThrow(() -> new InvitationNotUsableException(InvitationState.UNKNOWN));
        Instant now = clock.instant();
        InvitationState state = invitation.state(now);
        if (state != InvitationState.VALID) {
            throw new InvitationNotUsableException(state);
        }
        EmployerOrganisation company = organisations.findById(invitation.employerId()).orElseThrow();
        NewEmployerAccount account = new NewEmployerAccount(colleague.username().strip(), colleague.password(),
                colleague.name().strip(), invitation.email(),
                new EmployerMembership(invitation.employerId(), EmployerRole.EMPLOYER_USER), company.name(),
                company.kvkNumber());
        SystemTask.run(() -> accounts.create(account));
        invitation.accept(account.username(), now);
        events.publishEvent(new ColleagueJoined(directory.region().id(), account.username(), invitation.employerId(),
                invitation.id()));
    }

    private static long adminOf(PortalUser user) {
        return user.employerMembership().filter(membership -> membership.role() == EmployerRole.EMPLOYER_ADMIN)
                .map(EmployerMembership::employerId)
                .orElseThrow(() -> new AccessDeniedException("Not an employer admin"));
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean looksLikeToken(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
