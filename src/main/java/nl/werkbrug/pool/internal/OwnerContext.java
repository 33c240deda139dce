package nl.werkbrug.pool.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a narrow piece of pool work in the municipality that owns a profile, as the portal itself, in a transaction of
 * its own: e.g. finding the file behind a profile another municipality's consultant or an employer asked about. The
 * caller decides beforehand that the user may have the answer; row-level security then scopes the work to the owner.
 */
@Component
public class OwnerContext {

    private final TransactionTemplate transaction;

    OwnerContext(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T call(String ownerTenant, Supplier<T> work) {
        return TenantContext.callAs(ownerTenant, () -> {
            AtomicReference<T> result = new AtomicReference<>();
            SystemTask.run(() -> result.set(transaction.execute(status -> work.get())));
            return result.get();
        });
    }
}
