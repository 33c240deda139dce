package nl.werkbrug.matching.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.core.io.ClassPathResource;

/**
 * The algorithm register entry of matching (docs/algoritmeregister.md, on the class path as
 * {@code matching/algoritmeregister.md}, a link to the same file), public as the register is: shown as its text.
 */
@Route("algoritmeregister")
@AnonymousAllowed
class AlgorithmRegisterView extends Main implements HasDynamicTitle {

    static final String PATH = "algoritmeregister";

    AlgorithmRegisterView() {
        addClassName("werkbrug-page");
        Pre text = new Pre(read());
        text.setId("algorithm-register");
        text.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");
        add(new H1(getTranslation("matching.register.title")), text);
    }

    private static String read() {
        try (InputStream in = new ClassPathResource("matching/algoritmeregister.md").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.register.title") + " - " + getTranslation("app.name");
    }
}
