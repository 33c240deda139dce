/**
 * Regional and municipal dashboards: KPI definitions as data ({@code dashboards/kpi-definitions.yaml}), a history
 * of facts fed by the modules' events, figures projected from it per municipality, month and instrument, and the
 * small-cell rule for everything regional. Never personal data of a municipality (ADR 0015).
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.dashboards;
