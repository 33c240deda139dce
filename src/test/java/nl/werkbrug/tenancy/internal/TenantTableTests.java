package nl.werkbrug.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class TenantTableTests {

    @Autowired
    TenantDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void loading_the_same_tenant_files_again_changes_no_row() {
        Integer changed = new TransactionTemplate(transactionManager).execute(status -> TenantTable.sync(jdbc, directory));

        assertThat(changed).isZero();
        Integer tenants = new TransactionTemplate(transactionManager).execute(status ->
                jdbc.sql("select count(*) from tenant").query(Integer.class).single());
        assertThat(tenants).isEqualTo(directory.tenants().size());
    }
}
