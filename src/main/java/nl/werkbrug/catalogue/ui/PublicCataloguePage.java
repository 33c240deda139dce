package nl.werkbrug.catalogue.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import nl.werkbrug.catalogue.InstrumentCatalogue;
import nl.werkbrug.tenancy.TenantDirectory;

/** What the public catalogue pages share: the published catalogue, the region's municipalities, texts and a title. */
abstract class PublicCataloguePage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected final InstrumentCatalogue catalogue;
    protected final TenantDirectory directory;
    protected final CatalogueTexts texts;
    protected String title = "";

    PublicCataloguePage(InstrumentCatalogue catalogue, TenantDirectory directory) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.texts = new CatalogueTexts(this);
        addClassNames("werkbrug-page", "catalogue-public");
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.name");
    }
}
