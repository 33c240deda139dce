package nl.werkbrug.identity;

/** Roles a user holds in one municipality. */
public enum TenantRole {
    CONSULTANT, SROI_OFFICER, TENANT_ADMIN
}
