package nl.werkbrug.identity;

/**
 * An account to create for someone who works for an employer organisation: the first user of a company that
 * registers itself (employer admin) or a colleague who accepted an invitation (employer user).
 */
public record NewEmployerAccount(String username, String rawPassword, String displayName, String email,
                                 EmployerMembership membership) {

    @Override
    public String toString() {
        return "NewEmployerAccount[" + username + ", " + membership + "]";
    }
}
