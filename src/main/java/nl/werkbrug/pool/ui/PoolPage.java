package nl.werkbrug.pool.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import nl.werkbrug.tenancy.CurrentTenant;

/**
 * A pool screen for either audience: a consultant's under {@code gemeente/:tenant/pool}, an employer's user's under
 * {@code werkgever/pool}. The subclass builds its content once the audience's paths are known.
 */
abstract class PoolPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentTenant currentTenant;
    private final String titleKey;

    PoolPage(CurrentTenant currentTenant, String titleKey) {
        this.currentTenant = currentTenant;
        this.titleKey = titleKey;
        addClassName("werkbrug-page");
        addClassName("pool-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PoolPaths paths = currentTenant.id().map(PoolPaths::consultant).orElse(PoolPaths.EMPLOYER);
        removeAll();
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(titleKey + ".intro")));
        build(event, paths);
    }

    abstract void build(BeforeEnterEvent event, PoolPaths paths);

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " - " + getTranslation("app.name");
    }
}
