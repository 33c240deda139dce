package nl.werkbrug.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.shared.TenantEvent;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which listener handles an event, the one in the publishing transaction or the asynchronous one after the commit,
 * is decided by {@link PublishingTransaction}; Spring asks the asynchronous listener's condition again after the
 * commit, so the answer must not change then.
 */
@IntegrationTest
class PublishingTransactionTests {

    record Happened(String tenantId) implements TenantEvent {
    }

    @Autowired
    PublishingTransaction publishing;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void an_event_of_the_transaction_s_own_municipality_is_its_own_when_published_and_still_after_the_commit() {
        Happened event = new Happened("hengelo");
        List<Boolean> own = new ArrayList<>();
        TenantContext.runAs("hengelo", () -> transaction.executeWithoutResult(status -> {
            own.add(publishing.isOwnOf(event));
            // where Spring asks the asynchronous listener's condition again: after the commit, synchronization cleared
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int completion) {
                    own.add(publishing.isOwnOf(event));
                }
            });
        }));

        assertThat(own).containsExactly(true, true);
    }

    @Test
    void an_event_of_another_municipality_in_a_read_only_transaction_or_outside_one_is_not() {
        TransactionTemplate readOnly = new TransactionTemplate(transaction.getTransactionManager());
        readOnly.setReadOnly(true);

        Boolean otherMunicipality = TenantContext.callAs("hengelo", () -> transaction.execute(status ->
                publishing.isOwnOf(new Happened("borne"))));
        Boolean readOnlyTransaction = TenantContext.callAs("hengelo", () -> readOnly.execute(status ->
                publishing.isOwnOf(new Happened("hengelo"))));
        Boolean noTransaction = TenantContext.callAs("hengelo", () -> publishing.isOwnOf(new Happened("hengelo")));
        Boolean notAMunicipalitysEvent = TenantContext.callAs("hengelo", () -> transaction.execute(status ->
                publishing.isOwnOf("not a municipality's event")));

        assertThat(List.of(otherMunicipality, readOnlyTransaction, noTransaction, notAMunicipalitysEvent))
                .containsOnly(false);
    }
}
