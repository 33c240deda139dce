package nl.werkbrug.dashboards;

/**
 * The regional coordinator's dashboard as one read: every KPI per municipality with the region's total, and the KPIs
 * kept per instrument, one row per instrument (the region's sums).
 */
public record RegionPage(FigureMatrix municipalities, FigureMatrix instruments) {
}
