package nl.werkbrug.employer.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import nl.werkbrug.employer.EmployerRegistration;
import nl.werkbrug.employer.KvkCompany;

/**
 * What the registration form holds while the user types, valid or not: the company's text fields by the name of
 * their {@link EmployerRegistration} component, the SBI version and the password. The e-mail address is the user name.
 */
class RegistrationForm {

    private final Map<String, String> company = new HashMap<>();
    private Integer sbiVersion = 2025;
    private String password = "";

    String get(String field) {
        return company.getOrDefault(field, "");
    }

    void set(String field, String value) {
        company.put(field, value);
    }

    Integer getSbiVersion() { return sbiVersion; }
    void setSbiVersion(Integer value) { sbiVersion = value; }
    String getPassword() { return password; }
    void setPassword(String value) { password = value; }

    /** Takes over what the Handelsregister says about the company; the KvK number stays as typed. */
    void fillFrom(KvkCompany found) {
        set("vestigingsnummer", found.vestigingsnummer() == null ? "" : found.vestigingsnummer());
        set("name", found.name());
        set("street", found.street());
        set("houseNumber", found.houseNumber());
        set("postcode", found.postcode());
        set("place", found.place());
        set("sbiCode", found.sbiCode());
        sbiVersion = found.sbiVersion();
    }

    /** The e-mail address in lower case: the user name the company logs in with. */
    String username() {
        return get("contactEmail").strip().toLowerCase(Locale.ROOT);
    }

    EmployerRegistration toRegistration() {
        String vestigingsnummer = get("vestigingsnummer");
        String phone = get("contactPhone");
        return new EmployerRegistration(get("kvkNumber"), vestigingsnummer.isBlank() ? null : vestigingsnummer, get("name"),
                get("street"), get("houseNumber"), get("postcode"), get("place"), get("sbiCode").strip(),
                sbiVersion == null ? 0 : sbiVersion, get("contactName"), username(), phone.isBlank() ? null : phone,
                username(), password);
    }
}
