package nl.werkbrug.identity;

/** Implemented by every authentication principal of the portal (local account, Keycloak token). */
public interface PortalPrincipal {

    PortalUser portalUser();
}
