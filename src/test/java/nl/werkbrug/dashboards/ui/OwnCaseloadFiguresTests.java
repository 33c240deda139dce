package nl.werkbrug.dashboards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.FileEntry;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A consultant's own caseload in figures on Wierden's dashboard (Wierden sets no contact interval, so "not seen"
 * says nothing): two files of their own, one a statushouder, and a colleague's statushouder file that is not
 * theirs. By hand: all groups 2 open, both not yet assessed; filtered on statushouder 1. A tenant admin, who is no
 * consultant, does not get the section.
 */
class OwnCaseloadFiguresTests extends BrowserlessViewTest {

    private static final String TENANT = "wierden";

    @Autowired
    CandidateFiles files;

    @Autowired
    Clock clock;

    private long open(PortalUser consultant, String family, boolean statushouder) {
        CandidateFileDetail file = TestUsers.as(consultant, TENANT,
                () -> files.open(null, CandidateFixtures.identity("Els", family)));
        if (statushouder) {
            TestUsers.as(consultant, TENANT, () -> files.addFlag(file.id(),
                    new FileEntry.FlagEntry(DoelgroepFlag.STATUSHOUDER, LocalDate.now(clock).minusDays(10), null, "test")));
        }
        return file.id();
    }

    private List<String> cells(NativeTableRow row) {
        return row.getChildren().map(cell -> cell.getElement().getText()).toList();
    }

    @Test
    void a_consultant_sees_only_their_own_files_per_rung_filtered_by_target_group() {
        PortalUser consultant = TestUsers.consultant("consulent.cijfers.wierden", TENANT);
        PortalUser colleague = TestUsers.consultant("collega.cijfers.wierden", TENANT);
        open(consultant, "Eigen", true);
        open(consultant, "Tweede", false);
        open(colleague, "Collega", true);

        login(consultant);
        navigate("gemeente/wierden/dashboard", Component.class);

        NativeTable table = $(NativeTable.class).id("own-caseload-figures");
        assertThat(cells(table.getFoot().getRows().getFirst())).containsExactly("Totaal", "2", "–");
        assertThat(cells(table.getBody().getRows().getFirst())).containsExactly("Nog niet bepaald", "2", "–");

        @SuppressWarnings("unchecked")
        Select<DoelgroepFlag> group = $(Select.class).id("own-caseload-group");
        group.setValue(DoelgroepFlag.STATUSHOUDER);

        NativeTable filtered = $(NativeTable.class).id("own-caseload-figures");
        assertThat(cells(filtered.getFoot().getRows().getFirst())).containsExactly("Totaal", "1", "–");
    }

    @Test
    void a_tenant_admin_gets_no_caseload_section() {
        login(TestUsers.withTenantRole("beheer.cijfers.wierden", TENANT, TenantRole.TENANT_ADMIN));
        navigate("gemeente/wierden/dashboard", Component.class);

        assertThat($(NativeTable.class).withId("own-caseload-figures").all()).isEmpty();
    }
}
