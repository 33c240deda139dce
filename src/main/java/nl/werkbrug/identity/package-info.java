/**
 * Who the user is and what they may do: one principal model ({@link nl.werkbrug.identity.PortalUser}) whether the
 * user logged in with a local account (embedded default) or, later, through Keycloak.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.identity;
