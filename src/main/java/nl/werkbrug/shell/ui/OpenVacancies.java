package nl.werkbrug.shell.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.platform.Formats;

/** The region's open vacancies on the front door, public fields only: title, company, place and hours. */
class OpenVacancies extends Composite<Section> {

    static final int SHOWN = 8;

    OpenVacancies(List<VacancyDetail> published) {
        Formats formats = Formats.of(getLocale());
        getContent().setId("open-vacancies");
        getContent().add(new H2(getTranslation("frontdoor.vacancies")));
        if (published.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("frontdoor.vacancies.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        published.stream().limit(SHOWN).forEach(vacancy -> list.add(new ListItem(getTranslation("frontdoor.vacancy",
                vacancy.title(), vacancy.employerName(), vacancy.place(), formats.number(vacancy.hoursPerWeek())))));
        getContent().add(list, new Paragraph(getTranslation("frontdoor.vacancies.count", formats.number(published.size()))));
    }
}
