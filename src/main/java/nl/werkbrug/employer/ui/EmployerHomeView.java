package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.EmployerSummary;

/** An employer user's home: their company. */
@Route("werkgever")
@RolesAllowed("EMPLOYER")
class EmployerHomeView extends Main implements HasDynamicTitle {

    EmployerHomeView(EmployerOrganisations organisations) {
        addClassName("werkbrug-page");
        organisations.mine().ifPresentOrElse(this::show,
                () -> add(new H1(getTranslation("employer.home.title")), new Paragraph(getTranslation("employer.home.none"))));
    }

    private void show(EmployerSummary company) {
        DescriptionList details = new DescriptionList();
        details.add(new DescriptionList.Term(getTranslation("employer.kvk")), new DescriptionList.Description(company.kvkNumber()));
        if (company.vestigingsnummer() != null) {
            details.add(new DescriptionList.Term(getTranslation("employer.vestigingsnummer")),
                    new DescriptionList.Description(company.vestigingsnummer()));
        }
        if (company.address() != null) {
            details.add(new DescriptionList.Term(getTranslation("employer.address")), new DescriptionList.Description(company.address()));
        } else if (company.place() != null) {
            details.add(new DescriptionList.Term(getTranslation("employer.place")), new DescriptionList.Description(company.place()));
        }
        if (company.sbiCode() != null) {
            details.add(new DescriptionList.Term(getTranslation("employer.sbi-code")), new DescriptionList.Description(company.sbiCode()));
        }
        if (company.contactName() != null) {
            details.add(new DescriptionList.Term(getTranslation("employer.contact")),
                    new DescriptionList.Description(company.contactName() + ", " + company.contactEmail() + ", " + company.contactPhone()));
        }
        H1 name = new H1(company.name());
        name.setId("company-name");
        add(name, new Paragraph(getTranslation("employer.home.intro")), details);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employer.home.title") + " - " + getTranslation("app.name");
    }
}
