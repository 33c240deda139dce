package nl.werkbrug.identity;

import java.util.List;
import java.util.regex.Pattern;

import nl.werkbrug.identity.internal.EmployerAccountDirectory;
import nl.werkbrug.identity.internal.LoginEvents;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of people who work for employer organisations, wherever they live: local accounts in the embedded default,
 * Keycloak users in production. Creating one is provisioning work ({@link SystemTask}) that the employer module does
 * after it has checked why (a new company, an accepted invitation).
 */
@Service
public class EmployerAccounts {

    /** Lower-case letters, digits, dot, hyphen and underscore; 3 to 60 characters, starting with a letter or digit. */
    /** Lower case letters, digits and . _ - ; or an e-mail address in lower case (issue 11: the e-mail is the user name). */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}|[a-z0-9._%+-]{1,58}@[a-z0-9.-]{1,30}\\.[a-z]{2,10}");
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;

    private final EmployerAccountDirectory directory;
    private final LoginEvents throttle;

    EmployerAccounts(EmployerAccountDirectory directory, LoginEvents throttle) {
        this.directory = directory;
        this.throttle = throttle;
    }

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public static boolean isAcceptablePassword(String password) {
        return password != null && password.length() >= MIN_PASSWORD_LENGTH && password.length() <= MAX_PASSWORD_LENGTH
                && !password.isBlank();
    }

    /**
     * Creates the account with its employer membership. Whether a name is free is answered only here, on the submit
     * of a complete form, never by a lookup of its own (docs/adr/0013): each refusal from a client address counts
     * against that address's login throttle, and once the address has used up its failures every name is refused
     * alike, so the answer tells nothing more.
     *
     * @throws UsernameTakenException if the user name cannot be had (in use, or the address is throttled)
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void create(NewEmployerAccount account) {
        if (!isValidUsername(account.username())) {
            throw new IllegalArgumentException("Invalid user name");
        }
        if (!isAcceptablePassword(account.rawPassword())) {
            throw new IllegalArgumentException("Password too short or too long");
        }
        String address = LoginEvents.currentAddress();
        boolean fromRequest = !LoginEvents.UNKNOWN_ADDRESS.equals(address);
        if (fromRequest && throttle.addressBlocked(address)) {
            throw new UsernameTakenException(account.username());
        }
        try {
            directory.create(account);
        } catch (UsernameTakenException taken) {
            if (fromRequest) {
                throttle.recordRefusedName(account.username(), address);
            }
            throw taken;
        }
    }

    /** The people with an account at this employer, admins first. */
    @PreAuthorize("@tenantAccess.isEmployee(#employerId)")
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(long employerId) {
        return directory.colleagues(employerId);
    }
}
