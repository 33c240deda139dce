/**
 * Werkbrug: the portal of a labour-market region and its municipalities. Each sub-package is one module
 * (Spring Modulith); see docs/adr/0001-modular-monolith-and-four-layer-tenancy.md.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug;
