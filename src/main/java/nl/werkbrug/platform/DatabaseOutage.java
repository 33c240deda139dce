package nl.werkbrug.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database is out of reach (restarted, failing over, network): then the user reads
 * the Dutch message of {@link #MESSAGE_KEY} ("try again in a minute, nothing was half saved") instead of the
 * general error, and the portal goes on once the pool reconnects. A transaction that failed this way was rolled
 * back by PostgreSQL: nothing of it is stored.
 */
public final class DatabaseOutage {

    /** Translation keys of the message ({@code .title}, {@code .message}). */
    public static final String MESSAGE_KEY = "error.database";

    private DatabaseOutage() {
    }

    public static boolean isOutage(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exception; admin shutdown, crash shutdown, cannot connect now
            }
        }
        return false;
    }
}
