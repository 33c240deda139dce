--liquibase formatted sql

--changeset werkbrug:dashboards-001
--comment: The dashboards' own history of facts (ids, codes, dates, amounts; no personal data), one row per fact however often its event is delivered, and the figures projected from it per municipality, KPI, month and dimension.
create table dashboard_fact (
    tenant_id    varchar(40) not null references tenant (id),
    region_id    varchar(40) not null references region (id),
    fact_key     varchar(120) not null,
    kind         varchar(40) not null,
    subject      varchar(60) not null,
    occurred_on  date not null,
    code         varchar(60),
    detail       varchar(60),
    amount       numeric(12, 2),
    rung_from    smallint,
    rung_to      smallint,
    flag         boolean,
    recorded_at  timestamptz not null,
    primary key (tenant_id, fact_key)
);

create table dashboard_figure (
    tenant_id    varchar(40) not null references tenant (id),
    region_id    varchar(40) not null references region (id),
    kpi          varchar(40) not null,
    month        date not null check (extract(day from month) = 1),
    dimension    varchar(60) not null,
    cases        integer not null check (cases >= 0),
    numerator    integer check (numerator >= 0),
    amount       numeric(14, 2),
    updated_at   timestamptz not null,
    primary key (tenant_id, kpi, month, dimension)
);
create index dashboard_figure_region on dashboard_figure (region_id, kpi, month);

grant select, insert on dashboard_fact to ${app_role};
grant select, insert, delete on dashboard_figure to ${app_role};

-- Facts: the municipality's own, read and written only in its context.
alter table dashboard_fact enable row level security;
alter table dashboard_fact force row level security;
create policy tenant_isolation on dashboard_fact
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

-- Figures: written only in the municipality's context; read by that municipality, and as aggregates of the region
-- in a regional context (no municipality active and no employer: the regional coordinator's), never by another
-- municipality's staff or an employer.
alter table dashboard_figure enable row level security;
alter table dashboard_figure force row level security;
create policy figure_write on dashboard_figure for insert
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy figure_delete on dashboard_figure for delete
    using (tenant_id = current_setting('app.tenant_id', true));
create policy figure_read on dashboard_figure for select
    using (tenant_id = current_setting('app.tenant_id', true)
           or (region_id = current_setting('app.region_id', true)
               and coalesce(current_setting('app.tenant_id', true), '') = ''
               and coalesce(current_setting('app.employer_id', true), '') = ''));
