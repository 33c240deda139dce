package nl.werkbrug.tenancy;

import java.util.Optional;

/**
 * Supplies the employer organisation the current request works for, when the user is an employer's user. The
 * tenant-scoped transaction manager passes it to PostgreSQL as {@code app.employer_id}, so row-level security can
 * scope regional rows per employer (the pool's employer audience) even when a query forgets to.
 */
public interface AmbientEmployerSource {

    Optional<Long> currentEmployer();
}
