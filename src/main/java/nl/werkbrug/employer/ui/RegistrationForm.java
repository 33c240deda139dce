package nl.werkbrug.employer.ui;

import nl.werkbrug.employer.EmployerRegistration;

/** What the registration form holds while the user types; the Binder writes here only when every field is valid. */
class RegistrationForm extends AccountForm {

    private String kvkNumber = "";
    private String vestigingsnummer = "";
    private String name = "";
    private String street = "";
    private String houseNumber = "";
    private String postcode = "";
    private String place = "";
    private String sbiCode = "";
    private Integer sbiVersion = 2025;
    private String contactName = "";
    private String contactEmail = "";
    private String contactPhone = "";

    EmployerRegistration toRegistration() {
        return new EmployerRegistration(kvkNumber, vestigingsnummer.isBlank() ? null : vestigingsnummer, name, street,
                houseNumber, postcode, place, sbiCode.strip(), sbiVersion == null ? 0 : sbiVersion, contactName,
                contactEmail, contactPhone, getUsername().strip(), getPassword());
    }

    String getKvkNumber() { return kvkNumber; }
    void setKvkNumber(String value) { kvkNumber = value; }
    String getVestigingsnummer() { return vestigingsnummer; }
    void setVestigingsnummer(String value) { vestigingsnummer = value; }
    String getName() { return name; }
    void setName(String value) { name = value; }
    String getStreet() { return street; }
    void setStreet(String value) { street = value; }
    String getHouseNumber() { return houseNumber; }
    void setHouseNumber(String value) { houseNumber = value; }
    String getPostcode() { return postcode; }
    void setPostcode(String value) { postcode = value; }
    String getPlace() { return place; }
    void setPlace(String value) { place = value; }
    String getSbiCode() { return sbiCode; }
    void setSbiCode(String value) { sbiCode = value; }
    Integer getSbiVersion() { return sbiVersion; }
    void setSbiVersion(Integer value) { sbiVersion = value; }
    String getContactName() { return contactName; }
    void setContactName(String value) { contactName = value; }
    String getContactEmail() { return contactEmail; }
    void setContactEmail(String value) { contactEmail = value; }
    String getContactPhone() { return contactPhone; }
    void setContactPhone(String value) { contactPhone = value; }
}
