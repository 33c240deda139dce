package nl.werkbrug.platform;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    TENANT_SWITCHED,
    ACCESS_DENIED,
    PERSONAL_DATA_VIEWED,
    CATALOGUE_CHANGED
}
