/**
 * The regional coordinator's home view and dashboards (the region compared, drill-down to a municipality), the
 * municipality's own dashboard, the KPI definitions page, the ECharts chart and the CSV/XLSX downloads.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.dashboards.ui;
