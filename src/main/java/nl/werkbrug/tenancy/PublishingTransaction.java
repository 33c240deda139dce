package nl.werkbrug.tenancy;

import nl.werkbrug.shared.TenantEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether an event is published in a writable transaction of its own municipality: one that may write the event's
 * consequences under row-level security and commit them with the change the event describes. Listeners split on it:
 * an {@code @EventListener} with condition {@link #CONDITION_OWN} does the work in that transaction (no event
 * publication row, no transaction of its own), an {@code @ApplicationModuleListener} with {@link #CONDITION_ELSEWHERE}
 * does it after the commit for events published anywhere else (another municipality's or an employer's transaction,
 * none, a read-only one), with the registry's guarantee.
 * <p>
 * Spring asks the asynchronous listener's condition twice: when the event is published (Spring Modulith, to decide on
 * a publication row) and again after the commit, just before it would run the listener, when the transaction's
 * synchronizations are already cleared but its other settings are not. The answer must be the same both times, or an
 * event handled in its transaction would be handed to the asynchronous listener as well: so this does not ask whether
 * synchronization is active (Spring's transaction managers always synchronize).
 */
@Component("publishingTransaction")
public class PublishingTransaction {

    /** The condition (SpEL) of a listener that works in the publishing transaction. */
    public static final String CONDITION_OWN = "@publishingTransaction.isOwnOf(#root.args[0])";
    /** The condition (SpEL) of the asynchronous listener that works after the commit for every other event. */
    public static final String CONDITION_ELSEWHERE = "!@publishingTransaction.isOwnOf(#root.args[0])";

    private final CurrentTenant currentTenant;

    PublishingTransaction(CurrentTenant currentTenant) {
        this.currentTenant = currentTenant;
    }

    /** Whether a writable transaction of the event's municipality is active. Public for the conditions (SpEL). */
    public boolean isOwnOf(Object event) {
        return event instanceof TenantEvent tenantEvent
                && TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && currentTenant.id().filter(tenantEvent.tenantId()::equals).isPresent();
    }
}
