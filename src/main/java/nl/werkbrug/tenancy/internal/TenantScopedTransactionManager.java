package nl.werkbrug.tenancy.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import nl.werkbrug.tenancy.AmbientEmployerSource;
import nl.werkbrug.tenancy.CurrentTenant;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts every transaction with the region and the active tenant as transaction-local PostgreSQL settings
 * ({@code app.region_id}, {@code app.tenant_id}), passed as bound parameters, and for an employer's user the employer
 * ({@code app.employer_id}). The row-level security policies compare against them; without a tenant the setting is
 * empty and no tenant-owned row is visible or writable.
 */
class TenantScopedTransactionManager extends JpaTransactionManager {

    private static final Logger LOG = LoggerFactory.getLogger(TenantScopedTransactionManager.class);

    private final transient CurrentTenant currentTenant;
    private final transient List<AmbientEmployerSource> employerSources;
    private final String regionId;

    TenantScopedTransactionManager(EntityManagerFactory entityManagerFactory, CurrentTenant currentTenant,
                                   List<AmbientEmployerSource> employerSources, String regionId) {
        super(entityManagerFactory);
        this.currentTenant = currentTenant;
        this.employerSources = List.copyOf(employerSources);
        this.regionId = regionId;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        String tenant = currentTenant.id().orElse("");
        String employer = employerSources.stream().flatMap(source -> source.currentEmployer().stream())
                .findFirst().map(String::valueOf).orElse("");
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        try {
            holder.getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement settings = connection.prepareStatement(
                        "select set_config('app.region_id', ?, true), set_config('app.tenant_id', ?, true),"
                                + " set_config('app.employer_id', ?, true)")) {
                    settings.setString(1, regionId);
                    settings.setString(2, tenant);
                    settings.setString(3, employer);
                    settings.execute();
                }
            });
        } catch (RuntimeException e) {
            // on a connection that died with its server the rollback fails too: the clean-up must run anyway, or
            // the broken entity manager stays bound to this thread and every later transaction on it fails
            try {
                holder.getEntityManager().getTransaction().rollback();
            } catch (RuntimeException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            } finally {
                doCleanupAfterCompletion(transaction);
            }
            throw e;
        }
    }

    /**
     * A rollback on a connection that is already closed (its server ended the session, and the pool closed it) cannot
     * be sent, and need not be: PostgreSQL rolled the transaction back when the session ended. Spring would let that
     * failure override the exception that caused the rollback (a {@code beforeCommit} write that met the closed
     * connection, say), and the user would get a general error instead of the database outage message; so on a closed
     * connection the failed rollback is logged and the original exception goes on.
     */
    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        try {
            super.doRollback(status);
        } catch (RuntimeException rollbackFailed) {
            if (!connectionClosed()) {
                throw rollbackFailed;
            }
            LOG.warn("Rollback not sent: the connection is closed, so PostgreSQL ended the transaction ({})",
                    rollbackFailed.toString());
        }
    }

    private boolean connectionClosed() {
        if (getDataSource() == null
                || !(TransactionSynchronizationManager.getResource(getDataSource()) instanceof ConnectionHolder holder)) {
            return false;
        }
        try {
            return holder.getConnection().isClosed();
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }
}
