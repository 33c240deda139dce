/**
 * Regional coordinators' view of the region: its municipalities and (later) aggregate KPIs fed by events.
 * Never personal data of a municipality.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.dashboards;
