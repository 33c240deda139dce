package nl.werkbrug.pool.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The saved searches table. Row-level security keeps each audience to its own rows (the active municipality's, or
 * the employer's); every method narrows further to the one user. Runs in the caller's transaction.
 */
@Repository
public class SavedSearchStore {

    /** A saved search as stored: its filters as JSON. */
    public record Row(UUID id, String name, String filters, Instant createdAt, Instant lastSeenAt) {
    }

    private static final String COLUMNS = "select id, name, filters::text, created_at, last_seen_at from pool_saved_search";

    private final JdbcClient jdbc;

    SavedSearchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String owner, @Nullable String tenant, @Nullable Long employer, String name,
                       String filters, Instant now) {
        jdbc.sql("""
                        insert into pool_saved_search (id, region_id, owner, tenant_id, employer_id, name, filters,
                                                       created_at, last_seen_at)
                        values (:id, current_setting('app.region_id'), :owner, :tenant, :employer, :name,
                                cast(:filters as jsonb), :now, :now)""")
                .param("id", id).param("owner", owner).param("tenant", tenant).param("employer", employer)
                .param("name", name).param("filters", filters).param("now", Timestamp.from(now)).update();
    }

    public List<Row> mine(String owner) {
        return jdbc.sql(COLUMNS + " where owner = :owner order by created_at, id").param("owner", owner)
                .query(SavedSearchStore::row).list();
    }

    public Optional<Row> find(UUID id, String owner) {
        return jdbc.sql(COLUMNS + " where id = :id and owner = :owner").param("id", id).param("owner", owner)
                .query(SavedSearchStore::row).optional();
    }

    public void seen(UUID id, Instant now) {
        jdbc.sql("update pool_saved_search set last_seen_at = :now where id = :id").param("id", id)
                .param("now", Timestamp.from(now)).update();
    }

    public void delete(UUID id, String owner) {
        jdbc.sql("delete from pool_saved_search where id = :id and owner = :owner").param("id", id)
                .param("owner", owner).update();
    }

    private static Row row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant());
    }
}
