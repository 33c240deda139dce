package nl.werkbrug.identity;

/** What a failed login leaves in the HTTP session for the login page. */
public final class LoginSession {

    /** Session attribute with the user name of the last failed login, so the form can show it again. */
    public static final String LAST_USERNAME = "werkbrug.login.username";

    private LoginSession() {
    }
}
