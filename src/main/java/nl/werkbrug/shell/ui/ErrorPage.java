package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The body shared by the error pages: a heading, an explanation and the way back. */
final class ErrorPage {

    private ErrorPage() {
    }

    static void fill(Main page, String kind) {
        page.removeAll();
        page.addClassName("werkbrug-error");
        page.setId("error-" + kind);
        page.add(new H1(page.getTranslation("error." + kind + ".title")),
                new Paragraph(page.getTranslation("error." + kind + ".message")),
                new Anchor("", page.getTranslation("error.home")));
    }
}
