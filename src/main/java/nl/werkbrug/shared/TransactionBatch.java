package nl.werkbrug.shared;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work gathered while a transaction runs and done once for it (written just before its commit, say): the current
 * transaction's synchronization of a kind, registered on first use. A suspended outer transaction's synchronizations
 * are not among the current ones, so a transaction of its own gathers for itself.
 */
public final class TransactionBatch {

    private TransactionBatch() {
    }

    /** The current transaction's synchronization of {@code type}, registered from {@code create} the first time. */
    public static <T extends TransactionSynchronization> T of(Class<T> type, Supplier<T> create) {
        return of(type, found -> true, create);
    }

    /** The same, for the first synchronization of {@code type} that {@code matches}. */
    public static <T extends TransactionSynchronization> T of(Class<T> type, Predicate<T> matches, Supplier<T> create) {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (type.isInstance(synchronization) && matches.test(type.cast(synchronization))) {
                return type.cast(synchronization);
            }
        }
        T created = create.get();
        TransactionSynchronizationManager.registerSynchronization(created);
        return created;
    }
}
