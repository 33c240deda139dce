package nl.werkbrug.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/** The values a company types into the public registration form (werkgever/registreren), by field. */
public record RegistrationForm(String kvk, String companyName, String sbiCode, String street, String houseNumber,
        String postcode, String place, String contactName, String contactEmail, String contactPhone, String username,
        String password) {

    /** Fills every field with these values, the password twice; the overrides (field id to value) win. */
    public void fill(Page page, Map<String, String> overrides) {
        List<String> ids = List.of("kvk", "company-name", "sbi-code", "street", "house-number", "postcode", "place",
                "contact-name", "contact-email", "contact-phone", "username", "password", "password-again");
        List<String> typed = List.of(kvk, companyName, sbiCode, street, houseNumber, postcode, place, contactName,
                contactEmail, contactPhone, username, password, password);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            values.put(ids.get(i), typed.get(i));
        }
        values.putAll(overrides);
        values.forEach((id, value) -> page.locator("#" + id + " input").fill(value));
    }
}
