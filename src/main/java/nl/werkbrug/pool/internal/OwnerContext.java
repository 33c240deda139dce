package nl.werkbrug.pool.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a narrow piece of pool work as the portal itself ({@link SystemTask}): in the municipality that owns a profile
 * in a transaction of its own (e.g. finding the file behind a profile another municipality's consultant or an
 * employer asked about), or without a municipality (e.g. looking up whom to alert). The caller decides beforehand
 * that the user may have the answer; row-level security then scopes the work to the owner.
 * <p>
 * The work runs on a thread of its own and the caller waits for it: in a Vaadin request the security context of the
 * logged-in user's session wins over {@link SystemTask}'s (Vaadin's context holder strategy reads the session
 * first), so system work must not run on the request's thread.
 */
@Component
public class OwnerContext {

    private final TransactionTemplate transaction;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    OwnerContext(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The work in the owning municipality, as the system, in a transaction of its own. */
    public <T> T call(String ownerTenant, Supplier<T> work) {
        return system(() -> TenantContext.callAs(ownerTenant, () -> transaction.execute(status -> work.get())));
    }

    /** The work as the system, without a municipality, and without a transaction of its own. */
    public <T> T system(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                AtomicReference<T> result = new AtomicReference<>();
                SystemTask.run(() -> result.set(work.get()));
                return result.get();
            }, threads).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
    }
}
