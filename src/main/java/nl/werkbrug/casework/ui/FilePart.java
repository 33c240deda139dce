package nl.werkbrug.casework.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.Labelled;
import org.jspecify.annotations.Nullable;

/** A headed part of a candidate's file: what it holds, and its forms while the file is open. */
abstract class FilePart extends Composite<Section> {

    protected final FileContext context;

    FilePart(FileContext context, String id, String headingKey) {
        this.context = context;
        getContent().setId(id);
        getContent().add(new H2(getTranslation(headingKey)));
    }

    protected void add(Component... components) {
        getContent().add(components);
    }

    /**
     * Adds the form behind its heading, built when the consultant opens it, and only while the file is open: a closed
     * file is read only.
     */
    protected void whenOpen(OnDemandForm.Name name, Supplier<? extends Component> form) {
        if (context.file().open()) {
            add(new OnDemandForm(name, context.openForms(), form));
        }
    }

    /** Adds a form that is always shown, under its heading. */
    protected void headed(OnDemandForm.Name name, Component form) {
        add(new H3(getTranslation(name.headingKey())), form);
    }

    /** A list of lines, or the text that there are none. */
    protected Component lines(String id, List<ListItem> items, String emptyKey) {
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(emptyKey));
            none.setId(id);
            return none;
        }
        UnorderedList list = new UnorderedList(items.toArray(ListItem[]::new));
        list.setId(id);
        return list;
    }

    protected ListItem line(String text) {
        return new ListItem(text);
    }

    protected String date(@Nullable LocalDate day) {
        return Formats.of(getLocale()).date(day);
    }

    /** From a day, until a day or open. */
    protected String period(LocalDate from, @Nullable LocalDate until) {
        return until == null ? getTranslation("candidatefile.period.open", date(from))
                : getTranslation("candidatefile.period", date(from), date(until));
    }

    protected String label(Labelled value) {
        return getTranslation(value.labelKey());
    }

    /** Runs a change without a form; a refusal is shown as an alert at the top of the part. */
    protected void act(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException invalid) {
            Paragraph problem = new Paragraph(getTranslation(invalid.problems().getFirst().messageKey(),
                    invalid.problems().getFirst().args().toArray()));
            problem.getElement().setAttribute("role", "alert");
            problem.addClassName("werkbrug-form-error");
            getContent().addComponentAtIndex(1, problem);
        }
    }
}
