package nl.werkbrug.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.router.Location;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A refused visit to an invitation link is audited without its token (security review finding 10): the audit
 * trail is read by administrators and exported, and a token is a way into an employer account until used.
 */
@IntegrationTest
class AccessDeniedAuditTests {

    static final String TOKEN = "Zk2pQ9vR_tYw4xLm-8NbHc1sDfGj7aUe3oIrKl5VyXq";

    @Autowired
    AccessDeniedAudit audit;
    @Autowired
    @LiquibaseDataSource
    javax.sql.DataSource owner;

    @Test
    void the_audit_entry_of_a_refused_invitation_link_names_the_route_not_the_token() {
        audit.record(new Location("werkgever/uitnodiging/" + TOKEN), "page access");

        List<String> subjects = JdbcClient.create(owner)
                .sql("select subject from audit_event where action = 'ACCESS_DENIED' and subject like '/werkgever/uitnodiging/%'"
                        + " order by id desc limit 1")
                .query(String.class).list();
        assertThat(subjects).containsExactly("/werkgever/uitnodiging/***");
        assertThat(JdbcClient.create(owner).sql("select count(*) from audit_event where subject like :t or detail like :t")
                .param("t", "%" + TOKEN + "%").query(Long.class).single()).isZero();
    }
}
