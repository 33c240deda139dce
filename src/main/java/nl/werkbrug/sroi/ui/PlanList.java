package nl.werkbrug.sroi.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.sroi.SroiContractDetail.PlanLine;

/** The lines of a filed plan with their planned values. */
class PlanList extends Composite<Div> {

    PlanList(List<PlanLine> plan) {
        Formats formats = Formats.of(getLocale());
        getContent().setId("sroi-plan");
        if (plan.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("sroi.plan.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (PlanLine line : plan) {
            list.add(new ListItem(getTranslation("sroi.plan.line", line.blockName(), line.persons(),
                    line.hoursPerWeek() == null ? "-" : formats.number(line.hoursPerWeek()),
                    line.months() == null ? "-" : line.months(),
                    line.amount() == null ? "-" : formats.money(line.amount()), formats.money(line.plannedValue()))));
        }
        getContent().add(list);
    }
}
