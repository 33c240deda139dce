--liquibase formatted sql

--changeset werkbrug:dashboards-002-fact-cells
--comment: The incremental projection (ADR 0015, Update) recomputes one municipality's KPI cell of a month from exactly its facts (by kind and day) and reads the facts of one subject (a decision's request, a proposal's placement).
create index dashboard_fact_cell on dashboard_fact (tenant_id, kind, occurred_on);
create index dashboard_fact_subject on dashboard_fact (tenant_id, subject, kind);
