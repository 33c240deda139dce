--liquibase formatted sql

--changeset werkbrug:tenancy-001
--comment: Mirror of tenants/ so that tenant-owned rows can reference their municipality.
create table region (
    id          varchar(40) primary key,
    name        text not null,
    description text not null
);

create table tenant (
    id         varchar(40) primary key,
    region_id  varchar(40) not null references region (id),
    name       text not null,
    short_name text not null,
    cbs_code   varchar(6) not null unique
);

alter table tenant enable row level security;
alter table tenant force row level security;
create policy region_isolation on tenant
    using (region_id = current_setting('app.region_id', true))
    with check (region_id = current_setting('app.region_id', true));
