--liquibase formatted sql

--changeset werkbrug:dashboards-004-covering-read-index
--comment: The coordinator's page reads the region's figures of the period (FigureReader.SUMS, which names region_id itself): a covering index by region, KPI and month that holds every column the read and the row-level security policy use, so the read is index-only instead of a bitmap scan over the policy's two branches that visits the table. It replaces dashboard_figure_region (its leading columns are the same).
create index dashboard_figure_read on dashboard_figure (region_id, kpi, month)
    include (tenant_id, dimension, cases, numerator, amount, updated_at);
drop index dashboard_figure_region;
