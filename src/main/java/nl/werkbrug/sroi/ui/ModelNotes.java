package nl.werkbrug.sroi.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.sroi.SroiModel;
import nl.werkbrug.sroi.SroiModel.Block;

/**
 * The blocks of a model with their values and sources, the values the sources call a guess, and the values the
 * sources do not give (those blocks cannot be used until the model file has them).
 */
class ModelNotes extends Composite<Div> {

    ModelNotes(SroiModel model) {
        Formats formats = Formats.of(getLocale());
        Div content = getContent();
        content.setId("sroi-model-notes");
        content.add(new H2(getTranslation("sroi.model.heading", model.label())));
        UnorderedList blocks = new UnorderedList();
        for (Block block : model.blocks()) {
            String value = block.value() == null
                    ? (block.unit() == SroiModel.Unit.INVOICE_AMOUNT ? getTranslation("sroi.model.invoice")
                    : getTranslation("sroi.model.missing", String.valueOf(block.missing())))
                    : formats.moneyCompact(block.value()) + " " + getTranslation(unitKey(block.unit()));
            String counting = block.counting() == null ? "" : " " + getTranslation("sroi.model.counting", block.counting());
            String guess = block.guess() || block.proRataGuess() ? " " + getTranslation("sroi.model.guess") : "";
            blocks.add(new ListItem(block.name() + ": " + value + counting + guess + " " + getTranslation(
                    "sroi.model.source", block.source())));
        }
        content.add(blocks);
        if (model.fulltimeHours().guess()) {
            content.add(new Paragraph(getTranslation("sroi.model.fulltime-guess",
                    formats.number(model.fulltimeHours().value()), model.fulltimeHours().source())));
        }
        if (model.psoDiscounts().missing() != null) {
            content.add(new Paragraph(getTranslation("sroi.model.pso-missing", model.psoDiscounts().missing())));
        }
        model.creditFactors().forEach(factor -> content.add(new Paragraph(getTranslation("sroi.model.credit-factor",
                factor.name(), formats.percentage(factor.factor().movePointRight(2))))));
    }

    static String unitKey(SroiModel.Unit unit) {
        return "sroi.unit." + unit.name();
    }
}
