package nl.werkbrug.identity;

/** The chosen user name belongs to an existing account. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("User name is taken: " + username);
    }
}
