package nl.werkbrug.identity;

/**
 * An account to create for someone who works for an employer organisation: the first user of a company that
 * registers itself (employer admin) or a colleague who accepted an invitation (employer user).
 *
 * @param companyName name of the employer organisation, e.g. for a Keycloak organisation of the company
 * @param kvkNumber   the company's KvK number
 */
public record NewEmployerAccount(String username, String rawPassword, String displayName, String email,
                                 EmployerMembership membership, String companyName, String kvkNumber) {

    @Override
    public String toString() {
        return "NewEmployerAccount[" + username + ", " + membership + "]";
    }
}
