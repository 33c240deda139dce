package nl.werkbrug.tenancy;

/** Tenant-owned data was touched without an active tenant: the portal fails closed. */
public class NoActiveTenantException extends IllegalStateException {

    public NoActiveTenantException() {
        super("No active tenant: tenant-owned data cannot be read or written");
    }
}
