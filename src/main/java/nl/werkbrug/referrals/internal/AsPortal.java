package nl.werkbrug.referrals.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referral work the portal does itself ({@link SystemTask}) in one municipality, in a transaction of its own: e.g.
 * whether a candidate already has a hire, which only the owning municipality can see. Runs on a thread of its own
 * (the caller waits), because in a Vaadin request the session's security context would win over the system's.
 */
@Component
public class AsPortal {

    private final TransactionTemplate transaction;
    private final ExecutorService worker = Executors.newVirtualThreadPerTaskExecutor();

    AsPortal(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    public <T> T in(String tenant, Supplier<T> work) {
        var future = worker.submit(() -> TenantContext.callAs(tenant, () -> {
            Object[] answer = new Object[1];
            SystemTask.run(() -> answer[0] = transaction.execute(status -> work.get()));
            @SuppressWarnings("unchecked") T result = (T) answer[0];
            return result;
        }));
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working in " + tenant, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
