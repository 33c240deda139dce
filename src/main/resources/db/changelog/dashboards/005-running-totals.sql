--liquibase formatted sql

--changeset werkbrug:dashboards-005-running-totals
--comment: The rollup of the regional page (ADR 0015, update dash-rollup): per municipality, month, KPI and dimension the running total of its figures up to and including that month (a flow: the sum of every month up to it; a stock: its last figure up to it), every month from the group's first figure to the municipality's last month, so a period's value is two rows, running(to) - running(from - 1), and a stock's one. Kept by the projector in the batch's transaction and by the rebuild, from the figures they just wrote. The key leads with municipality and month and covers every column the read and the row-level security policy use, so the read of a period's two months is index-only.
create table dashboard_running (
    tenant_id    varchar(40) not null references tenant (id),
    region_id    varchar(40) not null references region (id),
    month        date not null check (extract(day from month) = 1),
    kpi          varchar(40) not null,
    dimension    varchar(60) not null,
    cases        integer not null,
    numerator    integer not null,
    amount       numeric(16, 2),
    updated_at   timestamptz not null,
    primary key (tenant_id, month, kpi, dimension) include (region_id, cases, numerator, amount, updated_at)
);

grant select, insert, delete on dashboard_running to ${app_role};

-- As the figures: written only in the municipality's context; read by that municipality, and in a regional context
-- (no municipality active and no employer: the regional coordinator's), never by another municipality or an employer.
alter table dashboard_running enable row level security;
alter table dashboard_running force row level security;
create policy running_write on dashboard_running for insert
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy running_delete on dashboard_running for delete
    using (tenant_id = current_setting('app.tenant_id', true));
create policy running_read on dashboard_running for select
    using (tenant_id = current_setting('app.tenant_id', true)
           or (region_id = current_setting('app.region_id', true)
               and coalesce(current_setting('app.tenant_id', true), '') = ''
               and coalesce(current_setting('app.employer_id', true), '') = ''));

--changeset werkbrug:dashboards-005-running-totals-from-figures
--comment: The running totals of the figures already projected (an existing database has figures and no totals yet): the same rows the projector and the rebuild write (RunningTotals.of), every month from a dimension's first figure to the municipality's last month (this month or a later one with figures); a flow sums its figures up to the month, the pool size (the one stock) takes its last figure up to the month. As the table owner with the figures' forced row-level security lifted for this statement only.
alter table dashboard_figure no force row level security;
alter table dashboard_running no force row level security;
insert into dashboard_running (tenant_id, region_id, month, kpi, dimension, cases, numerator, amount, updated_at)
select g.tenant_id, g.region_id, cast(m.month as date), g.kpi, g.dimension,
    coalesce(sum(f.cases) over w, 0), coalesce(sum(f.numerator) over w, 0), sum(f.amount) over w,
    coalesce(max(f.updated_at) over w, now())
from (select tenant_id, region_id, kpi, dimension, min(month) as first from dashboard_figure
      where kpi <> 'pool-omvang' group by tenant_id, region_id, kpi, dimension) g
join (select tenant_id, greatest(max(month), cast(date_trunc('month', current_date) as date)) as until
      from dashboard_figure group by tenant_id) e on e.tenant_id = g.tenant_id
cross join lateral generate_series(cast(g.first as timestamp), cast(e.until as timestamp), interval '1 month') as m(month)
left join dashboard_figure f on f.tenant_id = g.tenant_id and f.kpi = g.kpi and f.dimension = g.dimension
    and f.month = cast(m.month as date)
window w as (partition by g.tenant_id, g.kpi, g.dimension order by m.month);
insert into dashboard_running (tenant_id, region_id, month, kpi, dimension, cases, numerator, amount, updated_at)
select g.tenant_id, g.region_id, cast(m.month as date), g.kpi, g.dimension, l.cases, coalesce(l.numerator, 0),
    l.amount, l.updated_at
from (select tenant_id, region_id, kpi, dimension, min(month) as first from dashboard_figure
      where kpi = 'pool-omvang' group by tenant_id, region_id, kpi, dimension) g
join (select tenant_id, greatest(max(month), cast(date_trunc('month', current_date) as date)) as until
      from dashboard_figure group by tenant_id) e on e.tenant_id = g.tenant_id
cross join lateral generate_series(cast(g.first as timestamp), cast(e.until as timestamp), interval '1 month') as m(month)
cross join lateral (select cases, numerator, amount, updated_at from dashboard_figure f
      where f.tenant_id = g.tenant_id and f.kpi = g.kpi and f.dimension = g.dimension and f.month <= cast(m.month as date)
      order by f.month desc limit 1) l;
alter table dashboard_figure force row level security;
alter table dashboard_running force row level security;
