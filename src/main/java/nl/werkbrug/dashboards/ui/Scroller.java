package nl.werkbrug.dashboards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;

/** A wide table in a box that scrolls sideways, reachable by keyboard and named for screen readers (axe). */
final class Scroller {

    private Scroller() {
    }

    static Div of(NativeTable table, String label) {
        Div scroller = new Div(table);
        scroller.addClassName("dashboard-scroll");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", label);
        return scroller;
    }
}
