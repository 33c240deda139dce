package nl.werkbrug.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Both layouts show a municipality in its own colours and the region in the portal's. */
@Execution(ExecutionMode.CONCURRENT)
// consulent.hellendoorn's preferred language changes in ShellBrowserTests; Branding logs in with that user too
@ResourceLock("werkbrug.user.consulent.hellendoorn")
class BrandingBrowserTests extends BrowserTest {

    @Test
    void the_public_catalogue_of_a_municipality_takes_its_brand_colour_and_the_region_does_not() {
        open("instrumenten/hengelo");
        assertThat(brandColour()).isEqualTo("#00529b");

        open("instrumenten");
        assertThat(brandColour()).isEqualTo("#1f3a5f");
    }

    @Test
    void the_portal_shows_the_active_municipality_in_its_brand_colour() {
        login("consulent.hellendoorn");

        assertThat(brandColour()).isEqualTo("#2e6b30");
        assertAccessible();
    }

    private String brandColour() {
        return String.valueOf(page.evaluate(
                "getComputedStyle(document.documentElement).getPropertyValue('--werkbrug-brand').trim()"));
    }
}
