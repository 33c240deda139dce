--liquibase formatted sql

--changeset werkbrug:subsidies-001
--comment: A subsidy request belongs to the deciding municipality (the employee's municipality of residence).
create table subsidy_request (
    id                           bigint generated always as identity primary key,
    tenant_id                    varchar(40) not null references tenant (id),
    employer_id                  bigint not null,
    employer_name                text not null,
    instrument_code              varchar(80) not null,
    instrument_name              text not null,
    catalogue_regional           boolean not null,
    catalogue_version_id         bigint not null,
    catalogue_override_version_id bigint,
    decision_term                varchar(20) not null,
    status                       varchar(30) not null,
    employee_name                text,
    employee_birth_date          date,
    employee_bsn                 varchar(9) check (employee_bsn ~ '^[0-9]{9}$'),
    contract_start               date,
    contract_end                 date,
    hours_per_week               numeric(5, 2),
    monthly_wage                 numeric(10, 2),
    loonwaarde_percent           numeric(5, 2) check (loonwaarde_percent between 0 and 100),
    loonwaardemeting_requested   boolean not null default false,
    coach_kind                   varchar(20),
    coach_hours_per_month        numeric(5, 2),
    submitted_on                 date,
    decision_outcome             varchar(20),
    decision_reasons             text,
    decided_by                   varchar(100),
    decided_on                   date,
    maatwerk                     boolean not null default false,
    proposed_by                  varchar(100),
    approved_by                  varchar(100),
    established_loonwaarde       numeric(5, 2),
    monthly_amount               numeric(10, 2),
    created_by                   varchar(100) not null,
    created_at                   timestamptz not null default now(),
    updated_at                   timestamptz not null default now(),
    check (contract_end is null or contract_start is null or contract_end > contract_start),
    check (approved_by is null or approved_by <> proposed_by)
);
create index subsidy_request_employer on subsidy_request (tenant_id, employer_id);
create index subsidy_request_status on subsidy_request (tenant_id, status);

alter table subsidy_request enable row level security;
alter table subsidy_request force row level security;
create policy tenant_isolation on subsidy_request
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

--comment: Questions of the municipality and the employer's answers; while one is open the decision term stands still.
create table subsidy_information_request (
    id           bigint generated always as identity primary key,
    tenant_id    varchar(40) not null references tenant (id),
    request_id   bigint not null references subsidy_request (id),
    question     text not null,
    asked_by     varchar(100) not null,
    asked_on     date not null,
    answer       text,
    answered_by  varchar(100),
    answered_on  date
);
create index subsidy_information_request_request on subsidy_information_request (tenant_id, request_id);

alter table subsidy_information_request enable row level security;
alter table subsidy_information_request force row level security;
create policy tenant_isolation on subsidy_information_request
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

--comment: Documents sent with a request (PDF, JPG, PNG, checked by content), kept in the database.
create table subsidy_attachment (
    id            bigint generated always as identity primary key,
    tenant_id     varchar(40) not null references tenant (id),
    request_id    bigint not null references subsidy_request (id),
    file_name     text not null,
    content_type  varchar(40) not null,
    size_bytes    integer not null check (size_bytes between 1 and 10485760),
    content       bytea not null,
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz not null default now()
);
create index subsidy_attachment_request on subsidy_attachment (tenant_id, request_id);

alter table subsidy_attachment enable row level security;
alter table subsidy_attachment force row level security;
create policy tenant_isolation on subsidy_attachment
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
