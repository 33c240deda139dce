/** The SROI contract aggregate, its plan lines and realisations as entities, and their repositories. */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.sroi.internal;
