package nl.werkbrug.catalogue.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import nl.werkbrug.catalogue.AmountKind;
import nl.werkbrug.catalogue.LocalField;

/** What the instrument pays, and whether employers may see it. */
final class AmountSection extends InstrumentSection {

    private final Paragraph tiers = new Paragraph();

    AmountSection(Parts parts) {
        super(parts, "catalogue.admin.section.amount");
        Select<AmountKind> kind = field(new Select<>(), "catalogue.admin.field.amount-kind", null, "amount.kind",
                form -> form.amountKind, (form, value) -> form.amountKind = value);
        kind.setItems(AmountKind.values());
        kind.setItemLabelGenerator(value -> texts.t(value.labelKey()));
        BigDecimalField euro = field(new BigDecimalField(), "catalogue.admin.field.euro", null, "amount.euro",
                form -> form.euro, (form, value) -> form.euro = value);
        BigDecimalField minimum = field(new BigDecimalField(), "catalogue.admin.field.minimum-euro", null, "amount.minimumEuro",
                form -> form.minimumEuro, (form, value) -> form.minimumEuro = value);
        BigDecimalField maximum = field(new BigDecimalField(), "catalogue.admin.field.maximum-euro", null, "amount.maximumEuro",
                form -> form.maximumEuro, (form, value) -> form.maximumEuro = value);
        BigDecimalField percentage = field(new BigDecimalField(), "catalogue.admin.field.percentage-wml", null,
                "amount.percentageWml", form -> form.percentageWml, (form, value) -> form.percentageWml = value);
        TextArea note = field(new TextArea(), "catalogue.admin.field.amount-note", null, "amount.note",
                form -> form.amountNote, (form, value) -> form.amountNote = value);
        euro.setPrefixComponent(new Span("€"));
        minimum.setPrefixComponent(new Span("€"));
        maximum.setPrefixComponent(new Span("€"));
        percentage.setSuffixComponent(new Span("%"));
        tiers.setId("amount-tiers");
        add(tiers);
        Checkbox hide = field(new Checkbox(), "catalogue.field.hideAmountsFromEmployers", null, null,
                form -> form.hideAmountsFromEmployers, (form, value) -> form.hideAmountsFromEmployers = value);
        local(LocalField.AMOUNT, kind, euro, minimum, maximum, percentage, note);
        local(LocalField.HIDE_AMOUNTS, hide);
    }

    @Override
    void show(InstrumentForm form) {
        tiers.setText(form.tiers.isEmpty() ? "" : texts.t("catalogue.admin.tiers", texts.amount(form.amount(), false)));
        tiers.setVisible(!form.tiers.isEmpty());
    }
}
