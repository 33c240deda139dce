--liquibase formatted sql

--changeset werkbrug:sroi-002 splitStatements:false
--comment: SROI vacancies (issue 10 item 6): the contractor's employer admin links a vacancy of its own to a contract; the link lives with the contract (the contracting municipality's rows, the contractor's employer scope). A hire on a linked vacancy becomes a proposed realisation (state VOORGESTELD, no block yet: the contractor chooses it when confirming). A purchase realisation carries its invoice (PDF) in a table of its own, so the realisation's rows stay small.
create table sroi_vacancy (
    id           bigint generated always as identity primary key,
    tenant_id    varchar(40) not null references tenant (id),
    contract_id  bigint not null,
    employer_id  bigint not null,
    vacancy_id   bigint not null unique references vacancy (id),
    linked_by    varchar(100) not null,
    linked_at    timestamptz not null,
    foreign key (contract_id, employer_id) references sroi_contract (id, employer_id)
);
create index sroi_vacancy_contract on sroi_vacancy (contract_id);

alter table sroi_vacancy enable row level security;
alter table sroi_vacancy force row level security;
create policy tenant_isolation on sroi_vacancy
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy employer_scope on sroi_vacancy as restrictive
    using (sroi_employer_in_scope(employer_id)) with check (sroi_employer_in_scope(employer_id));
revoke delete, truncate on sroi_vacancy from ${app_role};

alter table sroi_realisation alter column block_code drop not null;
alter table sroi_realisation drop constraint sroi_realisation_state_check;
alter table sroi_realisation add constraint sroi_realisation_state_check check (state in ('VOORGESTELD',
    'WACHT_OP_DOELGROEP', 'INGEDIEND', 'DOELGROEP_NIET_BEVESTIGD', 'GEACCEPTEERD', 'AFGEWEZEN'));
alter table sroi_realisation add constraint sroi_realisation_block_unless_proposed
    check (state = 'VOORGESTELD' or block_code is not null);
alter table sroi_realisation add column vacancy_id bigint;
-- one proposal per hire
create unique index sroi_realisation_referral on sroi_realisation (referral_id) where referral_id is not null;

create table sroi_invoice (
    id              bigint generated always as identity primary key,
    tenant_id       varchar(40) not null references tenant (id),
    contract_id     bigint not null,
    employer_id     bigint not null,
    realisation_id  bigint not null unique references sroi_realisation (id),
    file_name       varchar(200) not null,
    content_type    varchar(60) not null check (content_type = 'application/pdf'),
    size_bytes      integer not null check (size_bytes > 0 and size_bytes <= 10485760),
    content         bytea not null,
    uploaded_by     varchar(100) not null,
    uploaded_at     timestamptz not null,
    foreign key (contract_id, employer_id) references sroi_contract (id, employer_id)
);

alter table sroi_invoice enable row level security;
alter table sroi_invoice force row level security;
create policy tenant_isolation on sroi_invoice
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy employer_scope on sroi_invoice as restrictive
    using (sroi_employer_in_scope(employer_id)) with check (sroi_employer_in_scope(employer_id));
revoke update, delete, truncate on sroi_invoice from ${app_role};
