package nl.werkbrug.identity;

/** Roles a user holds for the whole region. */
public enum RegionRole {
    COORDINATOR
}
