--liquibase formatted sql

--changeset werkbrug:pool-005 splitStatements:false
--comment: The pool search's own index as a table (ADR 0013). Row-level security lets PostgreSQL use an index only for conditions whose operators are leakproof; array containment and text search are not, so the GIN indexes of pool_profile could not serve a search (0.4-1.9 s at 1,000,000 profiles). pool_search_key holds one row per searchable key of a profile (occupation minor group, skill, word, support signal) with copies of the audience columns, so that both the policy and the search are plain equality and range conditions that a btree answers; a trigger keeps it in step with pool_profile in the same transaction.
create table pool_search_key (
    profile_id             uuid not null references pool_profile (id) on delete cascade,
    region_id              varchar(40) not null,
    tenant_id              varchar(40) not null,
    consent_consultants    boolean not null,
    consent_employers      boolean not null,
    employer_visible_until date,
    kind                   char(1) not null check (kind in ('G', 'S', 'W', 'V')),
    key                    varchar(200) not null,
    rank                   smallint not null,
    last_confirmed         date not null,
    pseudonym              varchar(14) not null,
    postcode_area          char(4),
    hours_per_week         smallint,
    rung                   smallint,
    isco_codes             varchar(4)[]
);
-- In relevance order, for searches whose order does not depend on the query (a page is the first rows found)
create index pool_search_key_ranked on pool_search_key
    (region_id, kind, key, rank desc, last_confirmed desc, pseudonym)
    include (profile_id, tenant_id, consent_consultants, consent_employers, employer_visible_until, postcode_area,
             hours_per_week, rung, isco_codes);
-- By postcode area, for searches within a distance (the areas within reach are listed by the portal)
create index pool_search_key_area on pool_search_key (region_id, kind, key, postcode_area, hours_per_week)
    include (profile_id, tenant_id, consent_consultants, consent_employers, employer_visible_until, rank,
             last_confirmed, pseudonym, rung, isco_codes);
create index pool_search_key_profile on pool_search_key (profile_id);

alter table pool_search_key enable row level security;
alter table pool_search_key force row level security;
-- The same audiences as pool_profile's policy (pool-004), on the copied columns.
create policy pool_search_key_audience on pool_search_key for select
    using (region_id = current_setting('app.region_id', true)
           and (tenant_id = current_setting('app.tenant_id', true)
                or (coalesce(current_setting('app.tenant_id', true), '') <> '' and consent_consultants)
                or (coalesce(current_setting('app.tenant_id', true), '') = ''
                    and coalesce(current_setting('app.employer_id', true), '') <> ''
                    and consent_employers
                    and employer_visible_until >= (now() at time zone 'Europe/Amsterdam')::date)));
create policy pool_search_key_owner_insert on pool_search_key for insert
    with check (region_id = current_setting('app.region_id', true)
                and tenant_id = current_setting('app.tenant_id', true));
create policy pool_search_key_owner_delete on pool_search_key for delete
    using (region_id = current_setting('app.region_id', true) and tenant_id = current_setting('app.tenant_id', true));
revoke update, truncate on pool_search_key from ${app_role};

-- The keys of one profile: its occupations' minor groups (with its unit codes, for the relevance of the exact
-- occupation), skills in lower case, the Dutch words of its search text, and its support signals.
create function pool_search_keys_of(p pool_profile) returns setof pool_search_key
    language sql stable as $$
    select p.id, p.region_id, p.tenant_id, p.consent_consultants, p.consent_employers, p.employer_visible_until,
           k.kind, k.key, (p.completeness / 10)::smallint, p.last_confirmed, p.pseudonym, p.postcode_area,
           p.hours_per_week, p.rung, case when k.kind = 'G' then p.isco_codes end
    from (select 'G'::char(1) as kind, g::varchar(200) as key from unnest(p.isco_minor_groups) g
          union select 'S', left(lower(s), 200) from unnest(p.skills) s
          union select 'W', left(w, 200) from unnest(tsvector_to_array(p.search_vector)) w
          union select 'V', v from unnest(p.signals) v) k
$$;

create function pool_search_keys_sync() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from pool_search_key where profile_id = old.id;
    end if;
    insert into pool_search_key select * from pool_search_keys_of(new);
    return null;
end
$$;
create trigger pool_search_keys after insert or update on pool_profile
    for each row execute function pool_search_keys_sync();

-- Profiles that exist already (the owner runs this; row-level security is lifted for the copy only)
alter table pool_profile no force row level security;
alter table pool_search_key no force row level security;
insert into pool_search_key select k.* from pool_profile p, pool_search_keys_of(p) k;
alter table pool_profile force row level security;
alter table pool_search_key force row level security;
