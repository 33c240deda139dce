--liquibase formatted sql

--changeset werkbrug:pool-003
--comment: Introductions (a requester asks the owning municipality to introduce a pool candidate), the daily quota alerts, and bucket4j's rate-limit state so that every replica of the portal shares it.
create table pool_introduction (
    id                    uuid primary key,
    region_id             varchar(40) not null references region (id),
    owner_tenant_id       varchar(40) not null references tenant (id),
    profile_id            uuid not null references pool_profile (id) on delete cascade,
    pseudonym             varchar(14) not null,
    requester             varchar(100) not null,
    requester_employer_id bigint,
    requester_tenant_id   varchar(40) references tenant (id),
    requester_name        varchar(200) not null,
    requested_by          varchar(100) not null,
    vacancy_id            bigint,
    vacancy_title         varchar(200),
    message               varchar(1000),
    state                 varchar(20) not null
        check (state in ('AANGEVRAAGD', 'TOESTEMMING', 'AFGEWEZEN', 'VERLOPEN', 'INGETROKKEN')),
    requested_at          timestamptz not null,
    expires_on            date,
    answered_by           varchar(100),
    answered_at           timestamptz,
    answer_note           varchar(300),
    check ((requester_employer_id is null) <> (requester_tenant_id is null)),
    check (requester_tenant_id is null or requester_tenant_id <> owner_tenant_id),
    check (vacancy_id is not null or coalesce(message, '') <> '')
);
create index pool_introduction_owner on pool_introduction (owner_tenant_id, state, requested_at);
create index pool_introduction_employer on pool_introduction (requester_employer_id, profile_id);
create index pool_introduction_tenant on pool_introduction (requester_tenant_id, profile_id);
-- At most one open request per requester and profile.
create unique index pool_introduction_open on pool_introduction (profile_id, requester) where state = 'AANGEVRAAGD';

alter table pool_introduction enable row level security;
alter table pool_introduction force row level security;
-- Whether the transaction's settings make it a party to a request: the owning municipality, the requesting
-- municipality, or an employer's user (no tenant, app.employer_id set) of the requesting employer.
create function pool_introduction_party(owner_tenant varchar, requester_tenant varchar, requester_employer bigint)
    returns boolean language sql stable
    as $$ select coalesce(owner_tenant = current_setting('app.tenant_id', true)
                          or requester_tenant = current_setting('app.tenant_id', true)
                          or (coalesce(current_setting('app.tenant_id', true), '') = ''
                              and requester_employer::text = current_setting('app.employer_id', true)), false) $$;
-- The parties see a request; nobody else.
create policy introduction_read on pool_introduction for select
    using (region_id = current_setting('app.region_id', true)
           and pool_introduction_party(owner_tenant_id, requester_tenant_id, requester_employer_id));
-- Only a requester asks, and never for a profile of their own municipality.
create policy introduction_request on pool_introduction for insert
    with check (region_id = current_setting('app.region_id', true)
                and state = 'AANGEVRAAGD'
                and (requester_tenant_id = current_setting('app.tenant_id', true)
                     or (coalesce(current_setting('app.tenant_id', true), '') = ''
                         and requester_employer_id::text = current_setting('app.employer_id', true))));
-- The owner answers (or the nightly job expires), the requester withdraws; neither moves a request elsewhere.
create policy introduction_answer on pool_introduction for update
    using (region_id = current_setting('app.region_id', true)
           and pool_introduction_party(owner_tenant_id, requester_tenant_id, requester_employer_id))
    with check (region_id = current_setting('app.region_id', true)
                and pool_introduction_party(owner_tenant_id, requester_tenant_id, requester_employer_id));
-- Requests are history: the portal never deletes one (they go with their profile when it leaves the pool).
revoke delete, truncate on pool_introduction from ${app_role};

-- One alert per user and day when a pool quota is crossed, so the admins are told once, not at every refused view.
create table pool_quota_alert (
    region_id  varchar(40) not null references region (id),
    day        date not null,
    username   varchar(100) not null,
    quota      varchar(60) not null,
    alerted_at timestamptz not null,
    primary key (region_id, day, username)
);
alter table pool_quota_alert enable row level security;
alter table pool_quota_alert force row level security;
create policy region_isolation on pool_quota_alert
    using (region_id = current_setting('app.region_id', true))
    with check (region_id = current_setting('app.region_id', true));

-- bucket4j's PostgreSQL proxy manager (select ... for update): one row per bucket, its state serialised. Keys name
-- the quota, the day and the user or organisation; the rows carry counts only. Expired rows go nightly.
create table pool_rate_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
create index pool_rate_bucket_expiry on pool_rate_bucket (expires_at);
