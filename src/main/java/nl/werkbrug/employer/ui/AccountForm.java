package nl.werkbrug.employer.ui;

/** What {@link AccountFields} hold while the user types: user name, password and the password again. */
class AccountForm {

    private String username = "";
    private String password = "";
    private String passwordAgain = "";

    String getUsername() { return username; }
    void setUsername(String value) { username = value; }
    String getPassword() { return password; }
    void setPassword(String value) { password = value; }
    String getPasswordAgain() { return passwordAgain; }
    void setPasswordAgain(String value) { passwordAgain = value; }
}
