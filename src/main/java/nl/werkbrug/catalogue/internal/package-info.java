/**
 * Catalogue entities, repositories and the loader that reads the regional catalogue files; not used outside the module.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.catalogue.internal;
