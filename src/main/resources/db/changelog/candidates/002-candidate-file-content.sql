--liquibase formatted sql

--changeset werkbrug:candidates-002
--comment: The candidate file in full: identity (the BSN sealed, with a blind index to find it), benefit, profile, status, and the columns the caseload filters and sorts on.
alter table candidate_file
    add column bsn_sealed        text,
    add column bsn_index         varchar(64) check (bsn_index ~ '^[0-9a-f]{64}$'),
    add column bsn_masked        varchar(9),
    add column birth_date        date,
    add column street            text,
    add column house_number      varchar(20),
    add column postcode          varchar(7),
    add column city              text,
    add column phone             varchar(30),
    add column email             varchar(254),
    add column benefit           varchar(20),
    add column benefit_since     date,
    add column status            varchar(20) not null default 'OPEN',
    add column isco_codes        varchar[] not null default '{}',
    add column skills            varchar[] not null default '{}',
    add column education         varchar(20),
    add column driving_licence   boolean not null default false,
    add column hours_per_week    integer check (hours_per_week between 0 and 60),
    add column available_from    date,
    add column travel_km         integer check (travel_km between 0 and 500),
    add column motivation        text,
    add column skills_profile    text,
    add column involved          varchar[] not null default '{}',
    add column last_contact_on   date,
    add column trajectory_status varchar(20) not null default 'NONE',
    add column closed_on         date,
    add column outflow_reason    varchar(30),
    add column outflow_lasted    boolean,
    add column anonymised_on     date,
    add column created_by        varchar(100) not null default 'system',
    add column updated_at        timestamptz not null default now();
alter table candidate_file add constraint candidate_file_closed check ((status = 'OPEN') = (closed_on is null));
create unique index candidate_file_bsn on candidate_file (tenant_id, bsn_index) where bsn_index is not null;
create index candidate_file_caseload on candidate_file (tenant_id, status, consultant_username, family_name);
create index candidate_file_rung on candidate_file (tenant_id, status, ladder_rung);
create index candidate_file_contact on candidate_file (tenant_id, status, last_contact_on);
create index candidate_file_name on candidate_file (tenant_id, family_name, given_name);
-- The caseload sorts on the family name ignoring case (lower(family_name)), then the id: this index serves that order
-- for the open files of a municipality, so a page stops after its 50 rows instead of sorting the whole caseload.
create index candidate_file_caseload_by_name on candidate_file (tenant_id, status, lower(family_name), id);

--comment: One sequence numbers the entries of every file table; it hands out ids in blocks of 50, so Hibernate can insert a file's entries in batches.
create sequence candidate_entry_seq increment by 50;

--comment: Participatieladder history: every assessment stays; the file shows the latest.
create table candidate_ladder_step (
    id          bigint primary key default nextval('candidate_entry_seq'),
    tenant_id   varchar(40) not null references tenant (id),
    file_id     bigint not null references candidate_file (id) on delete cascade,
    rung        integer not null check (rung between 1 and 6),
    assessed_on date not null,
    assessor    varchar(100) not null,
    note        text,
    recorded_at timestamptz not null
);
create index candidate_ladder_step_file on candidate_ladder_step (tenant_id, file_id);

--comment: Doelgroep flags with their period and basis.
create table candidate_flag (
    id          bigint primary key default nextval('candidate_entry_seq'),
    tenant_id   varchar(40) not null references tenant (id),
    file_id     bigint not null references candidate_file (id) on delete cascade,
    flag        varchar(30) not null,
    valid_from  date not null,
    valid_until date,
    basis       text,
    recorded_by varchar(100) not null,
    check (valid_until is null or valid_until >= valid_from)
);
create index candidate_flag_file on candidate_flag (tenant_id, file_id);
create index candidate_flag_flag on candidate_flag (tenant_id, flag, file_id);

--comment: Work obligation (arbeidsverplichting) and exemptions, with history.
create table candidate_work_obligation (
    id          bigint primary key default nextval('candidate_entry_seq'),
    tenant_id   varchar(40) not null references tenant (id),
    file_id     bigint not null references candidate_file (id) on delete cascade,
    kind        varchar(30) not null,
    reason      text,
    valid_from  date not null,
    valid_until date,
    recorded_by varchar(100) not null,
    check (valid_until is null or valid_until >= valid_from)
);
create index candidate_work_obligation_file on candidate_work_obligation (tenant_id, file_id);

--comment: Obstacles (belemmeringen) in the categories of Hengelo's table 5.9.10 plus language, with dates.
create table candidate_obstacle (
    id          bigint primary key default nextval('candidate_entry_seq'),
    tenant_id   varchar(40) not null references tenant (id),
    file_id     bigint not null references candidate_file (id) on delete cascade,
    obstacle    varchar(30) not null,
    valid_from  date not null,
    valid_until date,
    recorded_by varchar(100) not null,
    check (valid_until is null or valid_until >= valid_from)
);
create index candidate_obstacle_file on candidate_obstacle (tenant_id, file_id);
create index candidate_obstacle_obstacle on candidate_obstacle (tenant_id, obstacle, file_id);

--comment: Languages and their level.
create table candidate_language (
    id          bigint primary key default nextval('candidate_entry_seq'),
    tenant_id   varchar(40) not null references tenant (id),
    file_id     bigint not null references candidate_file (id) on delete cascade,
    language    varchar(40) not null,
    level       varchar(20) not null
);
create index candidate_language_file on candidate_language (tenant_id, file_id);

--comment: Transfers of the responsible consultant, with the handover note.
create table candidate_handover (
    id               bigint primary key default nextval('candidate_entry_seq'),
    tenant_id        varchar(40) not null references tenant (id),
    file_id          bigint not null references candidate_file (id) on delete cascade,
    from_username    varchar(100),
    to_username      varchar(100) not null,
    note             text not null,
    handed_over_at   timestamptz not null
);
create index candidate_handover_file on candidate_handover (tenant_id, file_id);

--comment: The trajectory plan: deployments of instruments from the municipality's catalogue.
create table candidate_deployment (
    id               bigint primary key default nextval('candidate_entry_seq'),
    tenant_id        varchar(40) not null references tenant (id),
    file_id          bigint not null references candidate_file (id) on delete cascade,
    instrument_code  varchar(80) not null,
    instrument_name  text not null,
    applicability    varchar(20) not null,
    provider         text,
    start_on         date not null,
    planned_end_on   date,
    ended_on         date,
    cost             numeric(10, 2) check (cost >= 0),
    outcome          text,
    planned_by       varchar(100) not null,
    check (planned_end_on is null or planned_end_on >= start_on),
    check (ended_on is null or ended_on >= start_on)
);
create index candidate_deployment_file on candidate_deployment (tenant_id, file_id);

--comment: Intake and diagnosis, with the outcome from Enschede's list.
create table candidate_intake (
    id          bigint primary key default nextval('candidate_entry_seq'),
    tenant_id   varchar(40) not null references tenant (id),
    file_id     bigint not null references candidate_file (id) on delete cascade,
    held_on     date not null,
    diagnosis   varchar[] not null default '{}',
    outcome     varchar(40) not null,
    note        text,
    recorded_by varchar(100) not null
);
create index candidate_intake_file on candidate_intake (tenant_id, file_id);

--comment: The contact journal.
create table candidate_contact (
    id          bigint primary key default nextval('candidate_entry_seq'),
    tenant_id   varchar(40) not null references tenant (id),
    file_id     bigint not null references candidate_file (id) on delete cascade,
    kind        varchar(20) not null,
    held_on     date not null,
    note        text not null,
    recorded_by varchar(100) not null
);
create index candidate_contact_file on candidate_contact (tenant_id, file_id);

--comment: Agreements made with the candidate, with a due date.
create table candidate_agreement (
    id          bigint primary key default nextval('candidate_entry_seq'),
    tenant_id   varchar(40) not null references tenant (id),
    file_id     bigint not null references candidate_file (id) on delete cascade,
    description text not null,
    due_on      date not null,
    done_on     date,
    recorded_by varchar(100) not null
);
create index candidate_agreement_file on candidate_agreement (tenant_id, file_id);

--comment: Row-level security: every table of the file is seen only in its own municipality.
alter table candidate_ladder_step enable row level security;
alter table candidate_ladder_step force row level security;
create policy tenant_isolation on candidate_ladder_step
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table candidate_flag enable row level security;
alter table candidate_flag force row level security;
create policy tenant_isolation on candidate_flag
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table candidate_work_obligation enable row level security;
alter table candidate_work_obligation force row level security;
create policy tenant_isolation on candidate_work_obligation
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table candidate_obstacle enable row level security;
alter table candidate_obstacle force row level security;
create policy tenant_isolation on candidate_obstacle
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table candidate_language enable row level security;
alter table candidate_language force row level security;
create policy tenant_isolation on candidate_language
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table candidate_handover enable row level security;
alter table candidate_handover force row level security;
create policy tenant_isolation on candidate_handover
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table candidate_deployment enable row level security;
alter table candidate_deployment force row level security;
create policy tenant_isolation on candidate_deployment
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table candidate_intake enable row level security;
alter table candidate_intake force row level security;
create policy tenant_isolation on candidate_intake
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table candidate_contact enable row level security;
alter table candidate_contact force row level security;
create policy tenant_isolation on candidate_contact
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table candidate_agreement enable row level security;
alter table candidate_agreement force row level security;
create policy tenant_isolation on candidate_agreement
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
