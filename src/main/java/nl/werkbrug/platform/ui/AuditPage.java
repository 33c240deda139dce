package nl.werkbrug.platform.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import nl.werkbrug.platform.AuditEntry;
import nl.werkbrug.platform.AuditQuery;

/** An audit trail page: heading, what the trail holds, and the read-only panel over one source of entries. */
abstract class AuditPage extends Main implements HasDynamicTitle {

    AuditPage(String introKey, Function<AuditQuery, List<AuditEntry>> entries) {
        addClassName("werkbrug-page");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation(introKey)),
                new AuditPanel(entries, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " - " + getTranslation("app.name");
    }
}
