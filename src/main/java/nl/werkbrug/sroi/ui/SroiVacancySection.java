package nl.werkbrug.sroi.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.ProblemFields;
import nl.werkbrug.sroi.SroiContractDetail;
import nl.werkbrug.sroi.SroiPlans;

/**
 * The contract's SROI vacancies: the contractor's vacancies published for the open obligation (marked "SROI" in
 * matching; a hire on one becomes a proposed realisation), and for the employer's admin, publishing another one.
 */
class SroiVacancySection extends Composite<Div> {

    SroiVacancySection(SroiPlans plans, SroiContractDetail contract, boolean admin,
                       Consumer<SroiContractDetail> published) {
        getContent().setId("sroi-vacancies");
        List<VacancyDetail> own = plans.openVacancies();
        getContent().add(new H2(getTranslation("sroi.vacancies.heading")),
                new Paragraph(getTranslation("sroi.vacancies.intro")));
        UnorderedList linked = new UnorderedList();
        linked.setId("sroi-vacancy-list");
        own.stream().filter(vacancy -> contract.vacancies().contains(vacancy.id()))
                .forEach(vacancy -> linked.add(new ListItem(vacancy.title())));
        getContent().add(contract.vacancies().isEmpty() ? new Paragraph(getTranslation("sroi.vacancies.none")) : linked);
        List<VacancyDetail> open = own.stream().filter(vacancy -> !contract.vacancies().contains(vacancy.id())).toList();
        if (!admin || open.isEmpty()) {
            return;
        }
        Select<VacancyDetail> choice = new Select<>();
        choice.setId("sroi-vacancy-choice");
        choice.setLabel(getTranslation("sroi.vacancies.choose"));
        choice.setItems(open);
        choice.setItemLabelGenerator(VacancyDetail::title);
        Paragraph message = StatusText.of("sroi-vacancy-message");
        ProblemFields problems = new ProblemFields(this, message);
        problems.add("vacancyId", choice);
        Button publish = new Button(getTranslation("sroi.vacancies.publish"), click -> {
            try {
                published.accept(plans.publishVacancy(contract.tenant(), contract.id(),
                        choice.getValue() == null ? null : choice.getValue().id()));
            } catch (InvalidInputException invalid) {
                problems.show(invalid.problems(), "sroi.error.invalid");
            }
        });
        publish.setId("sroi-vacancy-publish");
        getContent().add(choice, publish, message);
    }
}
