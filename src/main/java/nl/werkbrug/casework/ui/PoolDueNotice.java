package nl.werkbrug.casework.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.werkbrug.candidates.CandidateFileSummary;

/**
 * Flags the consultant's files whose pool profile employers no longer see because it was not confirmed within the
 * municipality's term; each links to the file, where the profile is confirmed. Hidden when there are none.
 */
final class PoolDueNotice extends Composite<Div> {

    PoolDueNotice() {
        getContent().setId("pool-due");
        getContent().setVisible(false);
    }

    void show(String tenant, List<CandidateFileSummary> due) {
        getContent().removeAll();
        getContent().setVisible(!due.isEmpty());
        if (due.isEmpty()) {
            return;
        }
        getContent().add(new Paragraph(getTranslation(due.size() == 1 ? "caseload.pool-due.one" : "caseload.pool-due",
                due.size())));
        UnorderedList files = new UnorderedList();
        due.forEach(file -> files.add(new ListItem(new Anchor("gemeente/" + tenant + "/dossiers/" + file.id(),
                file.name() + " (" + file.fileNumber() + ")"))));
        getContent().add(files);
    }
}
