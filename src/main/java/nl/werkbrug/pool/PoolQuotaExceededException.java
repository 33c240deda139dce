package nl.werkbrug.pool;

import java.util.List;

/**
 * A user used up a quota or rate limit of the pool; the message key says which, for a clear Dutch message, and the
 * arguments fill it in (the limit).
 */
public class PoolQuotaExceededException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public PoolQuotaExceededException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message shows, e.g. the daily limit. */
    public Object[] args() {
        return args.toArray();
    }
}
