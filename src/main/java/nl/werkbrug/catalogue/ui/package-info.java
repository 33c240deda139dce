/**
 * Catalogue views: the public catalogue and instrument pages, the comparison and the tenant admin's editor.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.catalogue.ui;
