package nl.werkbrug.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/** The line every ranked list shows: the weights' version, that a person decides, and the algorithm register. */
final class Transparency {

    private Transparency() {
    }

    static Paragraph line(Component owner, String weightsVersion) {
        Anchor register = new Anchor(AlgorithmRegisterView.PATH, owner.getTranslation("matching.register"));
        register.setId("matching-register-link");
        Paragraph line = new Paragraph(owner.getTranslation("matching.weights", weightsVersion) + " ");
        line.add(register);
        line.setId("matching-weights");
        return line;
    }
}
