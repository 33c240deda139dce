package nl.werkbrug.sroi.ui;

import com.vaadin.flow.component.html.Paragraph;

/** The paragraph where a view says what just happened or went wrong, announced to screen readers. */
final class StatusText {

    private StatusText() {
    }

    static Paragraph of(String id) {
        Paragraph status = new Paragraph();
        status.setId(id);
        status.getElement().setAttribute("role", "status");
        return status;
    }
}
