--liquibase formatted sql

--changeset werkbrug:dashboards-003-pending-facts
--comment: The batched projector (ADR 0015, Update "read less, project in batches"): the listener only appends a fact and marks it pending, in one statement; the projector takes the pending facts of a municipality in batches, recomputes each touched cell once and deletes the marks in the same transaction. No foreign keys: a mark lives for moments and costs no lookup.
create table dashboard_pending (
    tenant_id    varchar(40) not null,
    region_id    varchar(40) not null,
    fact_key     varchar(120) not null,
    primary key (tenant_id, fact_key)
);

grant select, insert, delete on dashboard_pending to ${app_role};

alter table dashboard_pending enable row level security;
alter table dashboard_pending force row level security;
create policy tenant_isolation on dashboard_pending
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

