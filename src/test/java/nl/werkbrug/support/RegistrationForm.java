package nl.werkbrug.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * The values a company types into the public registration form (werkgever/registreren), by field. The e-mail address
 * is the user name. The KvK number goes first: a number the Handelsregister (the fictitious data set) does not know
 * opens "meer gegevens", where the company fields are.
 */
public record RegistrationForm(String kvk, String companyName, String sbiCode, String street, String houseNumber,
        String postcode, String place, String contactName, String contactEmail, String contactPhone, String password) {

    /** Fills every field with these values; the overrides (field id to value) win. */
    public void fill(Page page, Map<String, String> overrides) {
        List<String> ids = List.of("kvk", "company-name", "sbi-code", "street", "house-number", "postcode", "place",
                "contact-name", "contact-email", "contact-phone", "password");
        List<String> typed = List.of(kvk, companyName, sbiCode, street, houseNumber, postcode, place, contactName,
                contactEmail, contactPhone, password);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            values.put(ids.get(i), typed.get(i));
        }
        values.putAll(overrides);
        page.locator("#kvk input").fill(values.remove("kvk"));
        page.locator("#kvk input").press("Tab");
        page.locator("#more-details").evaluate("details => details.opened = true");
        values.forEach((id, value) -> page.locator("#" + id + " input").fill(value));
    }
}
