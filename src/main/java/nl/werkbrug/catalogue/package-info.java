/**
 * The instrument catalogue: the region's instrumentenkoffer (defined once, shown in every municipality), each
 * municipality's own instruments and the values it sets locally for regional ones, versioned by period. Read
 * publicly by employers, administered by tenant admins, and asked which instruments apply to a person.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.catalogue;
