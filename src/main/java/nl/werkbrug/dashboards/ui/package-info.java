/**
 * The regional coordinator's home view and its navigation entry.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.dashboards.ui;
