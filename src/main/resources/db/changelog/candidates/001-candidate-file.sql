--liquibase formatted sql

--changeset werkbrug:candidates-001
--comment: A candidate's file belongs to the municipality that owns the case.
create table candidate_file (
    id                  bigint generated always as identity primary key,
    tenant_id           varchar(40) not null references tenant (id),
    file_number         varchar(30) not null,
    given_name          text not null,
    family_name         text not null,
    consultant_username varchar(100),
    ladder_rung         integer check (ladder_rung between 1 and 6),
    created_at          timestamptz not null default now(),
    unique (tenant_id, file_number)
);
create index candidate_file_consultant on candidate_file (tenant_id, consultant_username);

alter table candidate_file enable row level security;
alter table candidate_file force row level security;
create policy tenant_isolation on candidate_file
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
