--liquibase formatted sql

--changeset werkbrug:catalogue-001
--comment: Instrument catalogue. Regional instruments (the instrumentenkoffer) are scoped by region; a municipality's own instruments, its values for regional instruments and its settings are owned by the municipality. Versions are only ever added: a decision can point to the version it used.
create table catalogue_regional_instrument (
    id        bigint generated always as identity primary key,
    region_id varchar(40) not null references region (id),
    code      varchar(40) not null check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    unique (region_id, code)
);

create table catalogue_regional_version (
    id                bigint generated always as identity primary key,
    region_id         varchar(40) not null references region (id),
    instrument_id     bigint not null references catalogue_regional_instrument (id),
    version_no        integer not null check (version_no > 0),
    valid_from        date not null, -- first day this version applies
    valid_to          date,          -- last day the instrument is offered, as this version says
    name              text not null,
    short_description text not null,
    description       text not null,
    content           jsonb not null,
    local_fields      jsonb not null default '[]',
    origin            varchar(10) not null check (origin in ('FILE', 'ADMIN')),
    content_hash      varchar(64) not null,
    change_note       text not null,
    created_by        varchar(100) not null,
    created_at        timestamptz not null default now(),
    search            tsvector generated always as (
                          to_tsvector('dutch', name || ' ' || short_description || ' ' || description)) stored,
    unique (instrument_id, version_no)
);
create index catalogue_regional_version_search on catalogue_regional_version using gin (search);

create table catalogue_local_instrument (
    id        bigint generated always as identity primary key,
    tenant_id varchar(40) not null references tenant (id),
    code      varchar(40) not null check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    unique (tenant_id, code)
);

create table catalogue_local_version (
    id                bigint generated always as identity primary key,
    tenant_id         varchar(40) not null references tenant (id),
    instrument_id     bigint not null references catalogue_local_instrument (id),
    version_no        integer not null check (version_no > 0),
    valid_from        date not null, -- first day this version applies
    valid_to          date,          -- last day the instrument is offered, as this version says
    name              text not null,
    short_description text not null,
    description       text not null,
    content           jsonb not null,
    origin            varchar(10) not null check (origin in ('FILE', 'ADMIN')),
    content_hash      varchar(64) not null,
    change_note       text not null,
    created_by        varchar(100) not null,
    created_at        timestamptz not null default now(),
    search            tsvector generated always as (
                          to_tsvector('dutch', name || ' ' || short_description || ' ' || description)) stored,
    unique (instrument_id, version_no)
);
create index catalogue_local_version_search on catalogue_local_version using gin (search);

-- A municipality's own values for fields of a regional instrument that the region lets it set.
create table catalogue_override_version (
    id                    bigint generated always as identity primary key,
    tenant_id             varchar(40) not null references tenant (id),
    regional_instrument_id bigint not null references catalogue_regional_instrument (id),
    version_no            integer not null check (version_no > 0),
    valid_from            date not null,
    content               jsonb not null,
    origin                varchar(10) not null check (origin in ('FILE', 'ADMIN')),
    content_hash          varchar(64) not null,
    change_note           text not null,
    created_by            varchar(100) not null,
    created_at            timestamptz not null default now(),
    unique (tenant_id, regional_instrument_id, version_no)
);

create table catalogue_setting (
    id                          bigint generated always as identity primary key,
    tenant_id                   varchar(40) not null unique references tenant (id),
    hide_amounts_from_employers boolean not null,
    file_hash                   varchar(64),
    updated_by                  varchar(100) not null,
    updated_at                  timestamptz not null default now()
);

alter table catalogue_regional_instrument enable row level security;
alter table catalogue_regional_instrument force row level security;
create policy region_isolation on catalogue_regional_instrument
    using (region_id = current_setting('app.region_id', true))
    with check (region_id = current_setting('app.region_id', true));

alter table catalogue_regional_version enable row level security;
alter table catalogue_regional_version force row level security;
create policy region_isolation on catalogue_regional_version
    using (region_id = current_setting('app.region_id', true))
    with check (region_id = current_setting('app.region_id', true));

alter table catalogue_local_instrument enable row level security;
alter table catalogue_local_instrument force row level security;
create policy tenant_isolation on catalogue_local_instrument
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table catalogue_local_version enable row level security;
alter table catalogue_local_version force row level security;
create policy tenant_isolation on catalogue_local_version
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table catalogue_override_version enable row level security;
alter table catalogue_override_version force row level security;
create policy tenant_isolation on catalogue_override_version
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table catalogue_setting enable row level security;
alter table catalogue_setting force row level security;
create policy tenant_isolation on catalogue_setting
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

-- Versions are history: the portal adds versions but never changes or removes one.
revoke update, delete, truncate on catalogue_regional_version from ${app_role};
revoke update, delete, truncate on catalogue_local_version from ${app_role};
revoke update, delete, truncate on catalogue_override_version from ${app_role};
