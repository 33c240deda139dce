--liquibase formatted sql

--changeset werkbrug:dashboards-007-running-totals-per-month
--comment: The regional page's read model (ADR 0015, Update of 2026-12-03, the page read): a municipality's running totals of one month in one row, every KPI and dimension of dashboard_running side by side in arrays (the same order in each, by KPI and dimension), the latest updated_at of them. A period's page then reads two rows per municipality instead of about seventy: per row the database's cost (the index entry, the policy, the output) was most of the page's time. dashboard_running stays the projector's table (it rewrites a KPI's rows from a month on); the projector and the rebuild write these rows from it in the same transaction, for the months they rewrote.
create table dashboard_running_month (
    tenant_id    varchar(40) not null references tenant (id),
    region_id    varchar(40) not null references region (id),
    month        date not null check (extract(day from month) = 1),
    kpis         varchar(40)[] not null,
    dimensions   varchar(60)[] not null,
    cases        integer[] not null,
    numerators   integer[] not null,
    amounts      numeric(16, 2)[] not null,
    updated_at   timestamptz not null,
    primary key (tenant_id, month),
    check (cardinality(kpis) = cardinality(dimensions) and cardinality(kpis) = cardinality(cases)
           and cardinality(kpis) = cardinality(numerators) and cardinality(kpis) = cardinality(amounts))
);

grant select, insert, delete on dashboard_running_month to ${app_role};

-- As the running totals: written only in the municipality's context; read by that municipality, and in a regional
-- context (no municipality active and no employer: the regional coordinator's), never by another municipality or an
-- employer. The settings are read once per query (dashboards-006).
alter table dashboard_running_month enable row level security;
alter table dashboard_running_month force row level security;
create policy running_month_write on dashboard_running_month for insert
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy running_month_delete on dashboard_running_month for delete
    using (tenant_id = current_setting('app.tenant_id', true));
create policy running_month_read on dashboard_running_month for select
    using (tenant_id = (select current_setting('app.tenant_id', true))
           or (region_id = (select current_setting('app.region_id', true))
               and (select coalesce(current_setting('app.tenant_id', true), '') = ''
                           and coalesce(current_setting('app.employer_id', true), '') = '')));

--changeset werkbrug:dashboards-007-running-totals-per-month-from-running
--comment: The rows of the running totals already kept (the statement Projection.packRunning runs for a municipality's months), as the table owner with the forced row-level security lifted for this statement only.
alter table dashboard_running no force row level security;
alter table dashboard_running_month no force row level security;
insert into dashboard_running_month (tenant_id, region_id, month, kpis, dimensions, cases, numerators, amounts,
    updated_at)
select tenant_id, region_id, month, array_agg(kpi order by kpi, dimension),
    array_agg(dimension order by kpi, dimension), array_agg(cases order by kpi, dimension),
    array_agg(numerator order by kpi, dimension), array_agg(amount order by kpi, dimension), max(updated_at)
from dashboard_running
group by tenant_id, region_id, month;
alter table dashboard_running force row level security;
alter table dashboard_running_month force row level security;
