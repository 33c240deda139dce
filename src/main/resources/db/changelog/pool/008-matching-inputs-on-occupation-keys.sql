--liquibase formatted sql

--changeset werkbrug:pool-008 splitStatements:false
--comment: The occupation key rows (kind G) carry the rest of what the matching score reads (skills in lower case, availability, travel distance, support signals), and a partial index on the G rows covers all of it: ranking an occupation group for a vacancy becomes an index-only scan of its key rows instead of a primary-key look-up into pool_profile per candidate (ADR 0016, update). Other kinds leave the new columns empty.
alter table pool_search_key
    add column skills         text[],
    add column available_from date,
    add column travel_km      smallint,
    add column signals        varchar(30)[];

create or replace function pool_search_keys_of(p pool_profile) returns setof pool_search_key
    language sql stable as $$
    select p.id, p.region_id, p.tenant_id, p.consent_consultants, p.consent_employers, p.employer_visible_until,
           k.kind, k.key, (p.completeness / 10)::smallint, p.last_confirmed, p.pseudonym, p.postcode_area,
           p.hours_per_week, p.rung, case when k.kind = 'G' then p.isco_codes end,
           case when k.kind = 'G' then array(select distinct lower(btrim(s)) from unnest(p.skills) s) end,
           case when k.kind = 'G' then p.available_from end,
           case when k.kind = 'G' then p.travel_km end,
           case when k.kind = 'G' then p.signals end
    from (select 'G'::char(1) as kind, g::varchar(200) as key from unnest(p.isco_minor_groups) g
          union select 'S', left(lower(s), 200) from unnest(p.skills) s
          union select 'W', left(w, 200) from unnest(tsvector_to_array(p.search_vector)) w
          union select 'V', v from unnest(p.signals) v) k
$$;

-- What a ranking of one occupation group reads, in the key's order
create index pool_search_key_match on pool_search_key (region_id, kind, key)
    include (profile_id, pseudonym, tenant_id, consent_consultants, consent_employers, employer_visible_until,
             postcode_area, hours_per_week, isco_codes, skills, available_from, travel_km, signals)
    where kind = 'G';

-- Key rows that exist already (the owner runs this; row-level security is lifted for the rewrite only)
alter table pool_profile no force row level security;
alter table pool_search_key no force row level security;
delete from pool_search_key where kind = 'G';
insert into pool_search_key select k.* from pool_profile p, pool_search_keys_of(p) k where k.kind = 'G';
alter table pool_profile force row level security;
alter table pool_search_key force row level security;
