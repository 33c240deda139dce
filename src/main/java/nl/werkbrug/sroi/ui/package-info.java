/** The SROI officer's and the contractor's views. */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.sroi.ui;
