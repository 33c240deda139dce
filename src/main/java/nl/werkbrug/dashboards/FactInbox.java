package nl.werkbrug.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.werkbrug.shared.TransactionBatch;
import nl.werkbrug.tenancy.PublishingTransaction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The dashboards' inbox in the publishing transaction. An event of the municipality whose transaction publishes it
 * becomes a fact in that same transaction: the facts gathered while the transaction runs are written in one batch just
 * before it commits ({@link Projection#appendAll}), so a fact commits atomically with the change it describes, exactly
 * once, with no event publication row and no transaction of its own; a rollback keeps none, and a fact that cannot be
 * written fails the commit of the change (it is never dropped silently). After the commit the {@link Projector}
 * projects the municipality's new facts in its own thread, as before.
 * <p>
 * An event published in another context (an employer's or another municipality's transaction, no transaction, a
 * read-only one) cannot be written there: row-level security admits only the transaction's own municipality's facts.
 * Such an event goes the asynchronous way (the {@code @ApplicationModuleListener} of {@link DashboardListener}, in the
 * event's municipality, with the registry's guarantee). {@link PublishingTransaction} decides which: the listeners'
 * conditions call it.
 */
@Component
class FactInbox {

    private final Projection projection;
    private final Projector projector;

    FactInbox(Projection projection, Projector projector) {
        this.projection = projection;
        this.projector = projector;
    }

    /** Keeps the fact for the current transaction's commit. */
    void add(String tenant, String region, Fact fact) {
        batch().facts.add(new Projection.Appended(tenant, region, fact));
    }

    private Batch batch() {
        return TransactionBatch.of(Batch.class, Batch::new);
    }

    /** The facts of one transaction, written before its commit, projected after it. */
    private final class Batch implements TransactionSynchronization {

        private final List<Projection.Appended> facts = new ArrayList<>();
        private final Set<String> added = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            boolean[] fresh = projection.appendAll(facts);
            for (int i = 0; i < fresh.length; i++) {
                if (fresh[i]) {
                    added.add(facts.get(i).tenant());
                }
            }
        }

        @Override
        public void afterCommit() {
            added.forEach(projector::committed);
        }
    }
}
