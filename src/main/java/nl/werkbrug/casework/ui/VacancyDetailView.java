package nl.werkbrug.casework.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;

/** One published vacancy, as a consultant of any municipality of the region sees it. */
@Route("gemeente/:tenant/vacatures/:id")
@RolesAllowed("CONSULTANT")
class VacancyDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Vacancies vacancies;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private String title = "";

    VacancyDetailView(Vacancies vacancies, CurrentTenant currentTenant, TenantDirectory directory) {
        this.vacancies = vacancies;
        this.currentTenant = currentTenant;
        this.directory = directory;
        addClassName("werkbrug-page");
        setId("vacancy-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String tenant = directory.require(currentTenant.require()).id();
        String id = event.getRouteParameters().get("id").orElse("");
        VacancyDetail vacancy = id.matches("[0-9]{1,18}") ? vacancies.publishedVacancy(Long.parseLong(id)).orElse(null) : null;
        if (vacancy == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = vacancy.title();
        removeAll();
        Formats formats = Formats.of(getLocale());
        DescriptionList facts = new DescriptionList();
        fact(facts, "vacancy.employer", vacancy.employerName() + " (" + getTranslation("employer.kvk") + " " + vacancy.employerKvk() + ")");
        fact(facts, "vacancy.occupation", vacancy.occupation().label() + " · BRC " + vacancy.occupation().brcGroup()
                + " " + vacancy.occupation().brcGroupName());
        fact(facts, "vacancy.hours", vacancy.hoursPerWeek().stripTrailingZeros().toPlainString());
        fact(facts, "vacancy.place", vacancy.postcode() + " " + vacancy.place());
        String contract = getTranslation("vacancy.contract-type." + vacancy.contractType().name());
        if (vacancy.contractType() == ContractType.TEMPORARY && vacancy.contractMonths() != null) {
            contract += ", " + getTranslation("vacancy.months", vacancy.contractMonths());
        }
        fact(facts, "vacancy.contract-type", contract);
        fact(facts, "vacancy.start-date", format(formats, vacancy.startDate()));
        fact(facts, "vacancy.valid-through", format(formats, vacancy.validThrough()));
        fact(facts, "vacancy.places", String.valueOf(vacancy.places()));
        fact(facts, "vacancy.sroi", getTranslation(vacancy.sroi() ? "common.yes" : "common.no"));
        fact(facts, "vacancy.banenafspraak", getTranslation(vacancy.banenafspraak() ? "common.yes" : "common.no"));
        fact(facts, "vacancy.published-at", vacancy.publishedAt() == null ? ""
                : formats.longDate(vacancy.publishedAt()));
        Div description = new Div(new Html("<div>" + vacancy.descriptionHtml() + "</div>"));
        description.setId("vacancy-description");
        add(new H1(vacancy.title()), facts, new H2(getTranslation("vacancy.description")), description);
        text("vacancy.requirements", vacancy.requirements());
        text("vacancy.skills", vacancy.skills());
        text("vacancy.adjustments", vacancy.adjustments());
        Anchor back = new Anchor();
        back.setHref("gemeente/" + tenant + "/vacatures");
        back.setText(getTranslation("vacancies.back"));
        add(new Paragraph(back));
    }

    private void text(String key, String value) {
        if (!value.isBlank()) {
            Paragraph paragraph = new Paragraph(value);
            paragraph.getStyle().set("white-space", "pre-line");
            add(new H2(getTranslation(key)), paragraph);
        }
    }

    private String format(Formats formats, @Nullable LocalDate value) {
        return value == null ? getTranslation("vacancy.not-set") : formats.longDate(value);
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.name");
    }
}
