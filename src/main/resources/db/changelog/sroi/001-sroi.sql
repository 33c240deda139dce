--liquibase formatted sql

--changeset werkbrug:sroi-001 splitStatements:false
--comment: SROI (issue 10): a contract with a social-return obligation belongs to the contracting municipality and names its contractor (an employer of the region); the contractor's plan lines and realisations carry the same employer (composite foreign key), so an employer's transaction (app.employer_id) reaches only its own contracts, plan and realisations, on top of the municipality's policy. The target-group attestation is yes/no for a block from a date: no benefit details are stored here.
create table sroi_contract (
    id                  bigint generated always as identity primary key,
    tenant_id           varchar(40) not null references tenant (id),
    region_id           varchar(40) not null references region (id),
    employer_id         bigint not null references employer_organisation (id),
    employer_name       varchar(200) not null,
    subject             varchar(300) not null,
    contract_value      numeric(14, 2) not null check (contract_value > 0),
    percentage          numeric(5, 2) not null check (percentage > 0 and percentage <= 100),
    obligation          numeric(14, 2) not null,
    pso_level           varchar(40),
    pso_discount        numeric(5, 2),
    net_obligation      numeric(14, 2) not null,
    model_id            varchar(60) not null,
    model_version       varchar(20) not null,
    period_start        date not null,
    period_end          date not null,
    interim_report_due  date not null,
    final_report_due    date not null,
    state               varchar(30) not null
        check (state in ('PLAN_GEVRAAGD', 'PLAN_INGEDIEND', 'WIJZIGING_GEVRAAGD', 'PLAN_GEACCEPTEERD')),
    change_request      varchar(1000),
    plan_submitted_by   varchar(100),
    plan_accepted_by    varchar(100),
    interim_filed_on    date,
    interim_filed_by    varchar(100),
    final_filed_on      date,
    final_filed_by      varchar(100),
    consequence         varchar(20) check (consequence in ('BOETE', 'VERLENGING')),
    consequence_note    varchar(1000),
    registered_by       varchar(100) not null,
    registered_at       timestamptz not null,
    check (period_end > period_start),
    unique (id, employer_id)
);
create index sroi_contract_employer on sroi_contract (employer_id);

create table sroi_plan_line (
    id              bigint generated always as identity primary key,
    tenant_id       varchar(40) not null references tenant (id),
    contract_id     bigint not null,
    employer_id     bigint not null,
    block_code      varchar(60) not null,
    persons         integer not null check (persons >= 1),
    hours_per_week  numeric(4, 1),
    months          integer check (months >= 0),
    amount          numeric(14, 2),
    credit_factor   varchar(40),
    planned_value   numeric(14, 2) not null,
    foreign key (contract_id, employer_id) references sroi_contract (id, employer_id)
);
create index sroi_plan_line_contract on sroi_plan_line (contract_id);

create table sroi_realisation (
    id                  bigint generated always as identity primary key,
    tenant_id           varchar(40) not null references tenant (id),
    contract_id         bigint not null,
    employer_id         bigint not null,
    block_code          varchar(60) not null,
    pseudonym           varchar(14),
    referral_id         uuid,
    residence_tenant_id varchar(40) references tenant (id),
    description         varchar(300) not null,
    start_date          date not null,
    hours_per_week      numeric(4, 1),
    months              integer check (months >= 0),
    amount              numeric(14, 2),
    credit_factor       varchar(40),
    realised_value      numeric(14, 2) not null,
    state               varchar(30) not null
        check (state in ('WACHT_OP_DOELGROEP', 'INGEDIEND', 'DOELGROEP_NIET_BEVESTIGD', 'GEACCEPTEERD', 'AFGEWEZEN')),
    attested            boolean,
    attested_from       date,
    attested_by         varchar(100),
    attested_on         date,
    consent_basis       varchar(40),
    decided_by          varchar(100),
    decided_on          date,
    rejection_reason    varchar(1000),
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz not null,
    check ((state = 'AFGEWEZEN') = (rejection_reason is not null)),
    check (attested is null or consent_basis is not null),
    foreign key (contract_id, employer_id) references sroi_contract (id, employer_id)
);
create index sroi_realisation_contract on sroi_realisation (contract_id);

create function sroi_employer_in_scope(row_employer bigint) returns boolean
    language sql stable
    as $$ select coalesce(current_setting('app.employer_id', true), '') = ''
                 or row_employer::text = current_setting('app.employer_id', true) $$;

alter table sroi_contract enable row level security;
alter table sroi_contract force row level security;
create policy tenant_isolation on sroi_contract
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy employer_scope on sroi_contract as restrictive
    using (sroi_employer_in_scope(employer_id)) with check (sroi_employer_in_scope(employer_id));

alter table sroi_plan_line enable row level security;
alter table sroi_plan_line force row level security;
create policy tenant_isolation on sroi_plan_line
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy employer_scope on sroi_plan_line as restrictive
    using (sroi_employer_in_scope(employer_id)) with check (sroi_employer_in_scope(employer_id));

alter table sroi_realisation enable row level security;
alter table sroi_realisation force row level security;
create policy tenant_isolation on sroi_realisation
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy employer_scope on sroi_realisation as restrictive
    using (sroi_employer_in_scope(employer_id)) with check (sroi_employer_in_scope(employer_id));

-- Contracts and realisations are the municipality's record: the portal never deletes them (plan lines are replaced
-- while the plan is open).
revoke delete, truncate on sroi_contract from ${app_role};
revoke delete, truncate on sroi_realisation from ${app_role};
