package nl.werkbrug.pool;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkbrug.pool.internal.PoolSearchSql;
import nl.werkbrug.pool.internal.PoolSearchSql.Viewer;
import nl.werkbrug.pool.internal.SavedSearchStore;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The saved searches of the current user (a consultant in the active municipality, or an employer's user). Only
 * the filters are kept; every run searches the pool again, so a withdrawn consent takes effect at once. The list
 * says per search how many matching profiles became visible since the user last ran it.
 */
@PreAuthorize("@tenantAccess.has('CONSULTANT') or hasRole('EMPLOYER')")
@Service
public class SavedSearches {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SavedSearchStore store;
    private final PoolSearchSql sql;
    private final PoolSearch search;
    private final PoolViewers viewers;
    private final Clock clock;

    SavedSearches(SavedSearchStore store, PoolSearchSql sql, PoolSearch search, PoolViewers viewers, Clock clock) {
        this.store = store;
        this.sql = sql;
        this.search = search;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** Saves a search under a name; it counts as seen now. */
    @Transactional
    public SavedSearch save(SavedSearchName name, PoolQuery query) {
        List<FieldProblem> problems = new ArrayList<>(name.problems());
        problems.addAll(query.problems());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        viewers.centroid(query);
        Viewer viewer = viewers.current();
        UUID id = UUID.randomUUID();
        store.insert(id, viewers.username(), viewer.tenant(), viewer.tenant() == null
                ? viewers.employer().orElseThrow() : null, name.name().strip(), JSON.writeValueAsString(query),
                clock.instant());
        return find(id).orElseThrow();
    }

    /** The user's saved searches, oldest first, each with its count of new matches. */
    @Transactional(readOnly = true)
    public List<SavedSearch> mine() {
        viewers.current();
        return store.mine(viewers.username()).stream().map(this::counted).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SavedSearch> find(UUID id) {
        viewers.current();
        return store.find(id, viewers.username()).map(this::counted);
    }

    /** Runs a saved search (charged and audited as any search) and marks its matches as seen. */
    @Transactional
    public PoolResults run(UUID id, int offset, int limit) {
        SavedSearchStore.Row row = store.find(id, viewers.username())
                .orElseThrow(() -> InvalidInputException.of("search", "pool.error.saved-not-found"));
        PoolResults results = search.search(query(row), offset, limit);
        store.seen(id, clock.instant());
        return results;
    }

    @Transactional
    public void delete(UUID id) {
        viewers.current();
        store.delete(id, viewers.username());
    }

    private SavedSearch counted(SavedSearchStore.Row row) {
        PoolQuery query = query(row);
        int fresh = sql.countVisibleSince(query, viewers.centroid(query), viewers.current(), row.lastSeenAt());
        return new SavedSearch(row.id(), row.name(), query, row.createdAt(), row.lastSeenAt(), fresh);
    }

    private static PoolQuery query(SavedSearchStore.Row row) {
        return JSON.readValue(row.filters(), PoolQuery.class);
    }
}
