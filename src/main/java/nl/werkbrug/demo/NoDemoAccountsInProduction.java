package nl.werkbrug.demo;

import java.util.concurrent.atomic.AtomicBoolean;

import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.SystemTask;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In production, refuses to start while any demo account still has the demo password. */
@Component
@Profile("prod")
class NoDemoAccountsInProduction implements InitializingBean {

    private final LocalAccounts accounts;

    NoDemoAccountsInProduction(LocalAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void afterPropertiesSet() {
        AtomicBoolean found = new AtomicBoolean();
        SystemTask.run(() -> found.set(accounts.anyAccountHasPassword(DemoData.USERNAMES, DemoData.PASSWORD)));
        if (found.get()) {
            throw new IllegalStateException("Refusing to start the prod profile: a local account still has the demo "
                    + "password. Remove the demo accounts or give them real passwords.");
        }
    }
}
