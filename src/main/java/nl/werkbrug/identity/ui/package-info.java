/**
 * The tenant admin's view of the municipality's users and its navigation entry.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.identity.ui;
