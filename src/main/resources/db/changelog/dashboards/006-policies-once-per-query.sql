--liquibase formatted sql

--changeset werkbrug:dashboards-006-policies-once-per-query
--comment: The read policies of the running totals and the figures take the transaction's settings once per query instead of once per row, as the pool's do (pool-007): each current_setting stands in a scalar subquery, which PostgreSQL evaluates once (an InitPlan) and which an index condition can still use. The coordinator's page reads about 1,000 rows of dashboard_running; per row the policy's four current_setting calls were about two thirds of the read's time in the database (ADR 0015, update of 2026-12-03, second session). Same conditions, same meaning.
drop policy running_read on dashboard_running;
create policy running_read on dashboard_running for select
    using (tenant_id = (select current_setting('app.tenant_id', true))
           or (region_id = (select current_setting('app.region_id', true))
               and (select coalesce(current_setting('app.tenant_id', true), '') = ''
                           and coalesce(current_setting('app.employer_id', true), '') = '')));
drop policy figure_read on dashboard_figure;
create policy figure_read on dashboard_figure for select
    using (tenant_id = (select current_setting('app.tenant_id', true))
           or (region_id = (select current_setting('app.region_id', true))
               and (select coalesce(current_setting('app.tenant_id', true), '') = ''
                           and coalesce(current_setting('app.employer_id', true), '') = '')));
