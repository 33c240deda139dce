package nl.werkbrug.identity.internal;

import java.util.Optional;

import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.tenancy.AmbientEmployerSource;
import org.springframework.stereotype.Component;

/** The employer organisation of the logged-in employer's user, for the database's {@code app.employer_id}. */
@Component
class EmployerOfCurrentUser implements AmbientEmployerSource {

    private final CurrentUser currentUser;

    EmployerOfCurrentUser(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Long> currentEmployer() {
        return currentUser.get().flatMap(PortalUser::employerMembership).map(EmployerMembership::employerId);
    }
}
