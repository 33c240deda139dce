package nl.werkbrug.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads local accounts; used by the local-accounts authentication provider only. */
class LocalUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;

    LocalUserDetailsService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(account -> new LocalUserDetails(account.user(), account.passwordHash(), account.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
