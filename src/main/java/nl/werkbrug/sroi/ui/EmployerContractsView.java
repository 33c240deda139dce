package nl.werkbrug.sroi.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.sroi.SroiContractDetail;
import nl.werkbrug.sroi.SroiPlans;

/** The contractor's SROI contracts in the region's municipalities, each with its obligation and where it stands. */
@Route("werkgever/sroi")
@RolesAllowed("EMPLOYER")
class EmployerContractsView extends Main implements HasDynamicTitle {

    EmployerContractsView(SroiPlans plans) {
        addClassName("werkbrug-page");
        add(new H1(getTranslation("sroi.employer.title")), new Paragraph(getTranslation("sroi.employer.intro")));
        Formats formats = Formats.of(getLocale());
        List<SroiContractDetail> mine = plans.mine();
        UnorderedList list = new UnorderedList();
        list.setId("sroi-my-contracts");
        mine.forEach(contract -> list.add(new ListItem(new Anchor("werkgever/sroi/" + contract.tenant() + "/"
                + contract.id(), contract.subject()), new Span(" " + getTranslation("sroi.employer.line",
                formats.money(contract.netObligation()), getTranslation(contract.state().labelKey()),
                formats.percentage(contract.fulfilledPercent()))))));
        add(mine.isEmpty() ? new Paragraph(getTranslation("sroi.employer.none")) : list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sroi.employer.title") + " - " + getTranslation("app.name");
    }
}
