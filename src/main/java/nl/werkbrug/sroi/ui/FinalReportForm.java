package nl.werkbrug.sroi.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.sroi.Consequence;
import nl.werkbrug.sroi.SroiContractDetail;
import org.jspecify.annotations.Nullable;

/**
 * The final report: with the obligation not met, the consequence the contract agreed (a fine or an extension) and
 * what it amounts to; whether that is needed is the contract's rule.
 */
class FinalReportForm extends Composite<Div> {

    FinalReportForm(SroiContractDetail contract, BiConsumer<@Nullable Consequence, String> file) {
        Formats formats = Formats.of(getLocale());
        Paragraph share = new Paragraph(getTranslation("sroi.final.share", formats.money(contract.acceptedValue()),
                formats.percentage(contract.fulfilledPercent())));
        Select<Consequence> consequence = new Select<>();
        consequence.setId("sroi-final-consequence");
        consequence.setLabel(getTranslation("sroi.final.consequence"));
        consequence.setItems(Consequence.values());
        consequence.setItemLabelGenerator(value -> value == null ? getTranslation("sroi.final.consequence.none")
                : getTranslation(value.labelKey()));
        consequence.setEmptySelectionAllowed(true);
        consequence.setEmptySelectionCaption(getTranslation("sroi.final.consequence.none"));
        TextArea note = new TextArea(getTranslation("sroi.final.note"));
        note.setId("sroi-final-note");
        note.setMaxLength(1000);
        Button save = new Button(getTranslation("sroi.final.file"),
                click -> file.accept(consequence.getValue(), note.getValue()));
        save.setId("sroi-final-file");
        getContent().add(share, consequence, note, save);
    }
}
