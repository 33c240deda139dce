package nl.werkbrug.employer.ui;

import java.util.HashMap;
import java.util.Map;

import nl.werkbrug.employer.EmployerRegistration;

/**
 * What the registration form holds while the user types, valid or not: the company's text fields by the name of
 * their {@link EmployerRegistration} component, the SBI version and the account.
 */
class RegistrationForm extends AccountForm {

    private final Map<String, String> company = new HashMap<>();
    private Integer sbiVersion = 2025;

    String get(String field) {
        return company.getOrDefault(field, "");
    }

    void set(String field, String value) {
        company.put(field, value);
    }

    Integer getSbiVersion() { return sbiVersion; }
    void setSbiVersion(Integer value) { sbiVersion = value; }

    EmployerRegistration toRegistration() {
        String vestigingsnummer = get("vestigingsnummer");
        return new EmployerRegistration(get("kvkNumber"), vestigingsnummer.isBlank() ? null : vestigingsnummer, get("name"),
                get("street"), get("houseNumber"), get("postcode"), get("place"), get("sbiCode").strip(),
                sbiVersion == null ? 0 : sbiVersion, get("contactName"), get("contactEmail"), get("contactPhone"),
                getUsername().strip(), getPassword());
    }
}
