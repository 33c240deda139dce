package nl.werkbrug.pool;

/** A user used up a quota or rate limit of the pool; the message key says which, for a clear Dutch message. */
public class PoolQuotaExceededException extends RuntimeException {

    private final String messageKey;

    public PoolQuotaExceededException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
