package nl.werkbrug.dashboards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** How a section below a dashboard's tables starts: its id, the tables' style, and a heading that tables name. */
final class Section {

    private Section() {
    }

    /** Gives {@code content} the id and adds the heading, with id {@code <id>-title}. */
    static void begin(Div content, String id, String title) {
        content.setId(id);
        content.addClassName("dashboard-table");
        H2 heading = new H2(title);
        heading.setId(id + "-title");
        content.add(heading);
    }
}
