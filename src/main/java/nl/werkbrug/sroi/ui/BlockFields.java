package nl.werkbrug.sroi.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.sroi.SroiModel;
import nl.werkbrug.sroi.SroiModel.Block;

/**
 * The fields a block measures, made and shown alike for a plan line and a realisation: the block (only those the
 * model gives a value for, or a purchase), hours per week, months, amount, credit factor; a field shows only when
 * the chosen block uses it.
 */
final class BlockFields {

    final Select<String> block = new Select<>();
    final BigDecimalField hours = new BigDecimalField();
    final IntegerField months = new IntegerField();
    final BigDecimalField amount = new BigDecimalField();
    final Select<String> creditFactor = new Select<>();
    private final SroiModel model;

    BlockFields(Component host, Formats formats, SroiModel model, String idPrefix) {
        this.model = model;
        List<Block> usable = model.blocks().stream()
                .filter(candidate -> candidate.valued() || candidate.unit() == SroiModel.Unit.INVOICE_AMOUNT).toList();
        block.setItems(usable.stream().map(Block::code).toList());
        block.setItemLabelGenerator(code -> model.block(code).map(found -> found.value() == null ? found.name()
                : found.name() + " (" + formats.moneyCompact(found.value()) + " "
                + host.getTranslation(ModelNotes.unitKey(found.unit())) + ")").orElse(code));
        block.setLabel(host.getTranslation("sroi.line.block"));
        block.setId(idPrefix + "block");
        hours.setLabel(host.getTranslation("sroi.line.hours"));
        hours.setId(idPrefix + "hours");
        months.setLabel(host.getTranslation("sroi.line.months"));
        months.setId(idPrefix + "months");
        months.setMin(0);
        amount.setId(idPrefix + "amount");
        creditFactor.setLabel(host.getTranslation("sroi.line.credit-factor"));
        creditFactor.setId(idPrefix + "credit-factor");
        creditFactor.setItems(model.creditFactors().stream().map(SroiModel.CreditFactor::code).toList());
        creditFactor.setItemLabelGenerator(code -> model.creditFactor(code).map(found -> found.name() + " ("
                + formats.percentage(found.factor().movePointRight(2)) + ")").orElse(code));
        block.addValueChangeListener(change -> showFor(host, change.getValue()));
        showFor(host, null);
    }

    private void showFor(Component host, String code) {
        Block chosen = code == null ? null : model.block(code).orElse(null);
        SroiModel.Unit unit = chosen == null ? null : chosen.unit();
        hours.setVisible(chosen != null && chosen.proRata() == SroiModel.ProRata.HOURS_AND_MONTHS);
        months.setVisible(chosen != null && chosen.forPersons());
        amount.setVisible(unit == SroiModel.Unit.INVOICE_AMOUNT || unit == SroiModel.Unit.PER_HOUR);
        amount.setLabel(host.getTranslation(unit == SroiModel.Unit.PER_HOUR ? "sroi.line.activity-hours"
                : "sroi.line.invoice"));
        creditFactor.setVisible(unit == SroiModel.Unit.INVOICE_AMOUNT);
    }

    /** Whether the chosen block is a purchase (its invoice is uploaded). */
    boolean purchase() {
        return block.getValue() != null && model.block(block.getValue())
                .map(found -> found.unit() == SroiModel.Unit.INVOICE_AMOUNT).orElse(false);
    }

    /** Whether the chosen block is for persons (a placement names a pool profile). */
    boolean forPersons() {
        return block.getValue() != null && model.block(block.getValue()).map(Block::forPersons).orElse(false);
    }
}
