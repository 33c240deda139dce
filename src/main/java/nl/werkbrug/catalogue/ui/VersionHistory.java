package nl.werkbrug.catalogue.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import nl.werkbrug.catalogue.InstrumentVersion;

/** Every version of an instrument: kind, period, origin, author, moment and reason. */
final class VersionHistory extends Composite<Section> {

    private final Grid<InstrumentVersion> grid = new Grid<>();

    VersionHistory(CatalogueTexts texts) {
        grid.setId("version-history");
        grid.setAriaLabel(texts.t("catalogue.admin.history"));
        grid.addColumn(InstrumentVersion::versionNo).setHeader(texts.t("catalogue.admin.history.version")).setFlexGrow(0);
        grid.addColumn(version -> texts.t("catalogue.admin.history.kind." + version.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(texts.t("catalogue.admin.kind"));
        grid.addColumn(version -> texts.date(version.validFrom())).setHeader(texts.t("catalogue.admin.history.from"));
        grid.addColumn(version -> version.validTo() == null ? "" : texts.date(version.validTo()))
                .setHeader(texts.t("catalogue.admin.history.until"));
        grid.addColumn(version -> texts.t(version.fromFile() ? "catalogue.admin.history.file" : "catalogue.admin.history.admin"))
                .setHeader(texts.t("catalogue.admin.history.origin"));
        grid.addColumn(InstrumentVersion::createdBy).setHeader(texts.t("catalogue.admin.history.by"));
        grid.addColumn(version -> texts.dateTime(version.createdAt())).setHeader(texts.t("catalogue.admin.history.at"));
        grid.addColumn(InstrumentVersion::changeNote).setHeader(texts.t("catalogue.admin.history.note")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        getContent().add(new H2(texts.t("catalogue.admin.history")), grid);
    }

    void show(List<InstrumentVersion> versions) {
        grid.setItems(versions);
    }
}
