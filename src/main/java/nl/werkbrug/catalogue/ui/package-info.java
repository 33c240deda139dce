/**
 * Catalogue views: the public catalogue and instrument pages, the comparison and the tenant admin's editor. Its
 * public components (the {@link nl.werkbrug.catalogue.ui.ApplicabilityBox}) are for other modules' views.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("ui")
package nl.werkbrug.catalogue.ui;
