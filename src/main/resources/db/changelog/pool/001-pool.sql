--liquibase formatted sql

--changeset werkbrug:pool-001
--comment: The regional candidate pool. pool_membership (tenant-owned) links a candidate file to its profile; pool_profile (regional) is the pseudonymous projection others search, visible by row-level security only to the audiences the candidate consented to; pool_consent is the append-only consent ledger.
create table pool_profile (
    id                     uuid primary key,
    pseudonym              varchar(14) not null unique,
    region_id              varchar(40) not null references region (id),
    tenant_id              varchar(40) not null references tenant (id),
    age_band               varchar(16),
    postcode_area          char(4),
    latitude               double precision,
    longitude              double precision,
    rung                   smallint check (rung between 1 and 6),
    isco_codes             varchar(4)[] not null default '{}',
    isco_minor_groups      varchar(3)[] not null default '{}',
    isco_major_groups      varchar(1)[] not null default '{}',
    skills                 text[] not null default '{}',
    education              varchar(30),
    languages              text[] not null default '{}',
    hours_per_week         smallint,
    available_from         date,
    travel_km              smallint,
    driving_licence        boolean not null default false,
    signals                varchar(30)[] not null default '{}',
    completeness           smallint not null check (completeness between 0 and 100),
    search_text            text not null default '',
    search_vector          tsvector generated always as (to_tsvector('dutch', search_text)) stored,
    last_confirmed         date not null,
    consent_consultants    boolean not null default false,
    consent_employers      boolean not null default false,
    employer_visible_until date,
    joined_at              timestamptz not null,
    visible_since          timestamptz,
    updated_at             timestamptz not null
);
create index pool_profile_owner on pool_profile (tenant_id);
create index pool_profile_search_vector on pool_profile using gin (search_vector);

alter table pool_profile enable row level security;
alter table pool_profile force row level security;
-- Who sees a profile: its own municipality always; consultants of the region's other municipalities with the
-- candidate's consent for them; an employer's user (app.employer_id set, no tenant) with consent for employers and
-- only while the profile's confirmation is fresh. Only the owning municipality writes.
create policy pool_audience on pool_profile for select
    using (region_id = current_setting('app.region_id', true)
           and (tenant_id = current_setting('app.tenant_id', true)
                or (coalesce(current_setting('app.tenant_id', true), '') <> '' and consent_consultants)
                or (coalesce(current_setting('app.tenant_id', true), '') = ''
                    and coalesce(current_setting('app.employer_id', true), '') <> ''
                    and consent_employers and employer_visible_until >= current_date)));
create policy pool_owner_insert on pool_profile for insert
    with check (region_id = current_setting('app.region_id', true)
                and tenant_id = current_setting('app.tenant_id', true));
create policy pool_owner_update on pool_profile for update
    using (region_id = current_setting('app.region_id', true) and tenant_id = current_setting('app.tenant_id', true))
    with check (region_id = current_setting('app.region_id', true)
                and tenant_id = current_setting('app.tenant_id', true));
create policy pool_owner_delete on pool_profile for delete
    using (region_id = current_setting('app.region_id', true) and tenant_id = current_setting('app.tenant_id', true));

create table pool_membership (
    file_id    bigint primary key references candidate_file (id) on delete cascade,
    tenant_id  varchar(40) not null references tenant (id),
    profile_id uuid not null unique references pool_profile (id) on delete cascade,
    joined_by  varchar(100) not null,
    joined_at  timestamptz not null
);
create index pool_membership_tenant on pool_membership (tenant_id);
alter table pool_membership enable row level security;
alter table pool_membership force row level security;
create policy tenant_isolation on pool_membership
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

create table pool_consent (
    id          bigint generated always as identity primary key,
    tenant_id   varchar(40) not null references tenant (id),
    file_id     bigint not null references candidate_file (id) on delete cascade,
    profile_id  uuid not null,
    audience    varchar(20) not null check (audience in ('REGION_CONSULTANTS', 'EMPLOYERS', 'REQUESTER')),
    requester   varchar(100),
    given       boolean not null,
    purpose     varchar(300) not null,
    basis       varchar(30) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null,
    check ((audience = 'REQUESTER') = (requester is not null))
);
create index pool_consent_file on pool_consent (file_id, recorded_at);
alter table pool_consent enable row level security;
alter table pool_consent force row level security;
create policy tenant_isolation on pool_consent
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- The ledger is append-only for the portal: a withdrawal is a new line, never an edit.
revoke update, delete, truncate on pool_consent from ${app_role};
