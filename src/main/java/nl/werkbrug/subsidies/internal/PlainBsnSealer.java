package nl.werkbrug.subsidies.internal;

import nl.werkbrug.platform.BsnVault;
import nl.werkbrug.shared.Bsn;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the employees' BSNs that versions before changeset {@code subsidies-004} stored in plain text, once, at
 * start-up: per municipality, inside it, each number is sealed into the new columns and the plain column emptied in
 * the same transaction. Finds nothing to do on a database that never held plain numbers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlainBsnSealer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlainBsnSealer.class);

    private final JdbcClient jdbc;
    private final TenantDirectory directory;
    private final BsnVault vault;
    private final TransactionTemplate transaction;

    PlainBsnSealer(JdbcClient jdbc, TenantDirectory directory, BsnVault vault, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.vault = vault;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Tenant tenant : directory.tenants()) {
            Integer sealed = TenantContext.callAs(tenant.id(), () -> transaction.execute(status -> seal()));
            if (sealed != null && sealed > 0) {
                log.info("Sealed {} plain-text employee BSNs of subsidy requests of {}", sealed, tenant.id());
            }
        }
    }

    /** Seals the active municipality's plain numbers; answers how many. */
    int seal() {
        record Plain(long id, String bsn) {
        }
        var plain = jdbc.sql("select id, employee_bsn from subsidy_request where employee_bsn is not null for update")
                .query((rs, n) -> new Plain(rs.getLong(1), rs.getString(2))).list();
        for (Plain row : plain) {
            BsnVault.ProtectedBsn bsn = vault.protect(new Bsn(row.bsn()));
            jdbc.sql("""
                            update subsidy_request set employee_bsn = null, employee_bsn_sealed = :sealed,
                                   employee_bsn_index = :index, employee_bsn_masked = :masked where id = :id""")
                    .param("sealed", bsn.sealed()).param("index", bsn.index()).param("masked", bsn.masked())
                    .param("id", row.id()).update();
        }
        return plain.size();
    }
}
