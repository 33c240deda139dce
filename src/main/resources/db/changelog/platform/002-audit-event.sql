--liquibase formatted sql

--changeset werkbrug:platform-002
--comment: Append-only audit trail. The portal may insert and read (within its scope), never change or delete.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    region_id      varchar(40) not null references region (id),
    tenant_id      varchar(40) references tenant (id),
    actor          varchar(100) not null,
    action         varchar(40) not null,
    subject        text not null,
    detail         text not null default '',
    remote_address varchar(64)
);
create index audit_event_tenant_time on audit_event (tenant_id, occurred_at desc);
create index audit_event_region_time on audit_event (region_id, occurred_at desc);

revoke update, delete, truncate on audit_event from ${app_role};

alter table audit_event enable row level security;
alter table audit_event force row level security;
-- Any event of this region may be written, whatever municipality is active (e.g. a refused visit to another one).
create policy audit_insert on audit_event for insert
    with check (region_id = current_setting('app.region_id', true));
-- Reading: region-level entries and entries of the active municipality only.
create policy audit_read on audit_event for select
    using (region_id = current_setting('app.region_id', true)
           and (tenant_id is null or tenant_id = current_setting('app.tenant_id', true)));
