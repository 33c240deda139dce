package nl.werkbrug.identity.internal;

import java.util.List;

import nl.werkbrug.identity.Colleague;
import nl.werkbrug.identity.NewEmployerAccount;

/** Where employer accounts live: PostgreSQL (embedded default) or Keycloak. */
public interface EmployerAccountDirectory {

    /**
     * Creates the account with its employer membership.
     *
     * @throws nl.werkbrug.identity.UsernameTakenException if the name (or, in Keycloak, the e-mail address) is in use
     */
    void create(NewEmployerAccount account);

    List<Colleague> colleagues(long employerId);
}
