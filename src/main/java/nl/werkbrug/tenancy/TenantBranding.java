package nl.werkbrug.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The one place that turns a municipality's brand (from its {@code tenant.yaml}) into what users see: the stylesheet
 * served at {@code /branding/<tenant>.css}, the logo at {@code /branding/<tenant>/logo}, the stylesheet of a UI that
 * shows the municipality, and the colours of its letters. A new municipality therefore needs no rebuild.
 */
@Service
public class TenantBranding {

    static final String PATH = "branding/";

    private final TenantDirectory directory;

    TenantBranding(TenantDirectory directory) {
        this.directory = directory;
    }

    public Brand of(Tenant tenant) {
        return tenant.brand();
    }

    public Optional<Brand> of(String tenantId) {
        return directory.find(tenantId).map(Tenant::brand);
    }

    /** CSS custom properties that give the portal (Lumo and {@code werkbrug.css}) the municipality's colours. */
    public String stylesheet(Tenant tenant) {
        Brand brand = tenant.brand();
        int rgb = brand.primary().rgb();
        String channels = (rgb >> 16 & 0xff) + ", " + (rgb >> 8 & 0xff) + ", " + (rgb & 0xff);
        return """
                /* %s: generated from tenants/.../%s/tenant.yaml (brand), contrast checked at start-up */
                :root {
                  --werkbrug-brand: %s;
                  --werkbrug-brand-contrast: %s;
                  --werkbrug-accent: %s;
                  --lumo-primary-color: %s;
                  --lumo-primary-color-50pct: rgba(%s, 0.5);
                  --lumo-primary-color-10pct: rgba(%s, 0.1);
                  --lumo-primary-contrast-color: %s;
                  --lumo-primary-text-color: %s;
                }
                """.formatted(tenant.name(), tenant.id(), brand.primary(), brand.textOnPrimary(), brand.accent(),
                brand.primary(), channels, channels, brand.textOnPrimary(), brand.accent());
    }

    /** Where the municipality's stylesheet is served; the version changes with the colours, so caches never go stale. */
    public String stylesheetUrl(Tenant tenant) {
        return PATH + tenant.id() + ".css?v=" + version(stylesheet(tenant));
    }

    /** Where the municipality's logo image is served, if it has one. */
    public Optional<String> logoUrl(Tenant tenant) {
        return Optional.ofNullable(tenant.brand().logoImage()).map(image -> PATH + tenant.id() + "/logo");
    }

    /**
     * Gives the UI the stylesheet of the municipality it shows (none for the region), replacing the one of the
     * municipality shown before. Both layouts call this after every navigation.
     */
    public void show(UI ui, @Nullable Tenant tenant) {
        Shown shown = ComponentUtil.getData(ui, Shown.class);
        String wanted = tenant == null ? null : stylesheetUrl(tenant);
        if (Objects.equals(shown == null ? null : shown.url(), wanted)) {
            return;
        }
        if (shown != null) {
            shown.registration().remove();
        }
        ComponentUtil.setData(ui, Shown.class,
                wanted == null ? null : new Shown(wanted, ui.getPage().addStyleSheet("context://" + wanted)));
    }

    private record Shown(String url, Registration registration) {
    }

    private static String version(String css) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
