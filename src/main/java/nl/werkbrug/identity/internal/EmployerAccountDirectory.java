package nl.werkbrug.identity.internal;

import java.util.List;

import nl.werkbrug.identity.Colleague;
import nl.werkbrug.identity.NewEmployerAccount;

/** Where employer accounts live: PostgreSQL (embedded default) or Keycloak. */
public interface EmployerAccountDirectory {

    boolean exists(String username);

    void create(NewEmployerAccount account);

    List<Colleague> colleagues(long employerId);
}
