/**
 * Local and Keycloak accounts, login events and the security configuration; not used outside the module.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.identity.internal;
