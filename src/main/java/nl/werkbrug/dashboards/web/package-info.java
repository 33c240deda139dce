/**
 * The dashboards' open data: the regional aggregates after the small-cell rule, as JSON and CSV, without login.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.dashboards.web;
