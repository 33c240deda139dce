--liquibase formatted sql

--changeset werkbrug:pool-002
--comment: Pool search: indexes for the filters (occupation groups, skills and signals as GIN on their arrays; region with hours and rung as btree) and the saved searches of consultants and employers' users, each row readable by its own user only.
create index pool_profile_isco_codes on pool_profile using gin (isco_codes);
create index pool_profile_isco_minor on pool_profile using gin (isco_minor_groups);
create index pool_profile_isco_major on pool_profile using gin (isco_major_groups);
create index pool_profile_signals on pool_profile using gin (signals);
create index pool_profile_skills on pool_profile using gin (skills);
create index pool_profile_region_hours on pool_profile (region_id, hours_per_week);
create index pool_profile_region_rung on pool_profile (region_id, rung);
create index pool_profile_region_place on pool_profile (region_id, latitude, longitude);

-- A saved search belongs to one user: a consultant (with the municipality it was saved in) or an employer's user
-- (tenant null). The filters are stored as JSON (the PoolQuery record); results are never stored, every run queries
-- the pool again under the consent in force then.
create table pool_saved_search (
    id           uuid primary key,
    region_id    varchar(40) not null references region (id),
    owner        varchar(100) not null,
    tenant_id    varchar(40) references tenant (id),
    employer_id  bigint,
    name         varchar(100) not null,
    filters      jsonb not null,
    created_at   timestamptz not null,
    last_seen_at timestamptz not null,
    check ((tenant_id is null) <> (employer_id is null))
);
create index pool_saved_search_owner on pool_saved_search (owner, created_at);
alter table pool_saved_search enable row level security;
alter table pool_saved_search force row level security;
-- The portal sees the saved searches of the audience it acts for: the active municipality's, or the employer's.
-- The service narrows them to the user's own (the user name is not a database setting).
create policy pool_saved_search_scope on pool_saved_search
    using (region_id = current_setting('app.region_id', true)
           and (tenant_id = current_setting('app.tenant_id', true)
                or (coalesce(current_setting('app.tenant_id', true), '') = ''
                    and employer_id::text = current_setting('app.employer_id', true))))
    with check (region_id = current_setting('app.region_id', true)
                and (tenant_id = current_setting('app.tenant_id', true)
                     or (coalesce(current_setting('app.tenant_id', true), '') = ''
                         and employer_id::text = current_setting('app.employer_id', true))));
