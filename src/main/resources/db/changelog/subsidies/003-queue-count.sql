--liquibase formatted sql

--changeset werkbrug:subsidies-003
--comment: A projection of the consultants' queue per municipality, recounted from the subsidy events: open requests and maatwerk proposals that wait for a second consultant.
create table subsidy_queue_count (
    tenant_id          varchar(40) primary key references tenant (id),
    open_requests      integer not null check (open_requests >= 0),
    awaiting_approval  integer not null check (awaiting_approval >= 0),
    updated_at         timestamptz not null
);

alter table subsidy_queue_count enable row level security;
alter table subsidy_queue_count force row level security;
create policy tenant_isolation on subsidy_queue_count
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
