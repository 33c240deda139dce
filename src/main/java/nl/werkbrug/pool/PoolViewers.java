package nl.werkbrug.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.werkbrug.employer.Occupation;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.TenantAccess;
import nl.werkbrug.pool.internal.PoolSearchSql;
import nl.werkbrug.pool.internal.PoolSearchSql.Viewer;
import nl.werkbrug.pool.internal.PostcodeAreas;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is looking at the pool (a consultant of the active municipality, or an employer's user without one), and what
 * a query means on the map: the pieces the search and the saved searches share.
 */
@Component
class PoolViewers {

    private final PostcodeAreas areas;
    private final Occupations occupations;
    private final TenantDirectory directory;
    private final CurrentTenant currentTenant;
    private final CurrentUser currentUser;
    private final TenantAccess tenantAccess;
    private final Clock clock;

    PoolViewers(PostcodeAreas areas, Occupations occupations, TenantDirectory directory, CurrentTenant currentTenant,
                CurrentUser currentUser, TenantAccess tenantAccess, Clock clock) {
        this.areas = areas;
        this.occupations = occupations;
        this.directory = directory;
        this.currentTenant = currentTenant;
        this.currentUser = currentUser;
        this.tenantAccess = tenantAccess;
        this.clock = clock;
    }

    /** The current viewer; refused for anyone else. */
    Viewer current() {
        LocalDate today = LocalDate.now(clock);
        Optional<String> tenant = currentTenant.id();
        if (tenant.isPresent()) {
            if (!tenantAccess.has("CONSULTANT")) {
                throw new AccessDeniedException("not a consultant of " + tenant.get());
            }
            return Viewer.consultant(tenant.get(), today);
        }
        if (employer().isPresent()) {
            return Viewer.employer(today);
        }
        throw new AccessDeniedException("neither a consultant of a municipality nor an employer's user");
    }

    Optional<Long> employer() {
        return currentUser.get().flatMap(PortalUser::employerMembership).map(EmployerMembership::employerId);
    }

    String username() {
        return currentUser.require().username();
    }

    /**
     * The centroid a query measures distance from (none without a distance).
     *
     * @throws InvalidInputException when the query has problems, or its postcode area is unknown
     */
    PostcodeAreas.@Nullable Centroid centroid(PoolQuery query) {
        List<FieldProblem> problems = query.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!query.distance()) {
            return null;
        }
        return areas.centroid(Objects.requireNonNull(query.postcodeArea()))
                .orElseThrow(() -> InvalidInputException.of("postcodeArea", "pool.error.postcode-unknown"));
    }

    PoolSearchSql.Names names() {
        return new PoolSearchSql.Names(tenant -> directory.find(tenant).map(Tenant::shortName).orElse(tenant),
                code -> occupations.find(code).map(Occupation::title));
    }
}
