package nl.werkbrug.identity.internal;

import java.util.List;
import java.util.Map;

import nl.werkbrug.identity.Colleague;
import nl.werkbrug.identity.NewEmployerAccount;
import nl.werkbrug.identity.NewLocalUser;
import nl.werkbrug.identity.UsernameTakenException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Employer accounts as local accounts (BCrypt) in PostgreSQL, in the same transaction as the caller's work. */
@Component
@ConditionalOnProperty(name = "werkbrug.login", havingValue = "local", matchIfMissing = true)
class LocalEmployerAccountDirectory implements EmployerAccountDirectory {

    private final AccountStore store;
    private final PasswordEncoder passwordEncoder;

    LocalEmployerAccountDirectory(AccountStore store, PasswordEncoder passwordEncoder) {
        this.store = store;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void create(NewEmployerAccount account) {
        if (store.exists(account.username())) {
            throw new UsernameTakenException(account.username());
        }
        store.create(new NewLocalUser(account.username(), account.rawPassword(), account.displayName(), account.email(),
                Map.of(), Map.of(), account.membership()), passwordEncoder.encode(account.rawPassword()));
    }

    @Override
    public List<Colleague> colleagues(long employerId) {
        return store.employerColleagues(employerId);
    }
}
