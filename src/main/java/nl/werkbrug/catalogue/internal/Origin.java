package nl.werkbrug.catalogue.internal;

/** Where a version came from: the YAML files under {@code tenants/} or a tenant admin's screen. */
public enum Origin {
    FILE, ADMIN
}
