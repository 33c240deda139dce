--liquibase formatted sql

--changeset werkbrug:pool-007
--comment: The pool's audience policies read the transaction's settings once per query instead of once per row: each current_setting and the Dutch day stand in a scalar subquery, which PostgreSQL evaluates once (an InitPlan) and which an index condition can still use. At 1,000,000 profiles the policy evaluated per row was most of the cost of reading the 7,500 key rows of an occupation search within a distance (ADR 0014, update). Same conditions, same meaning.
drop policy pool_audience on pool_profile;
create policy pool_audience on pool_profile for select
    using (region_id = (select current_setting('app.region_id', true))
           and (tenant_id = (select current_setting('app.tenant_id', true))
                or ((select coalesce(current_setting('app.tenant_id', true), '') <> '') and consent_consultants)
                or ((select coalesce(current_setting('app.tenant_id', true), '') = ''
                            and coalesce(current_setting('app.employer_id', true), '') <> '')
                    and consent_employers
                    and employer_visible_until >= (select (now() at time zone 'Europe/Amsterdam')::date))));
drop policy pool_search_key_audience on pool_search_key;
create policy pool_search_key_audience on pool_search_key for select
    using (region_id = (select current_setting('app.region_id', true))
           and (tenant_id = (select current_setting('app.tenant_id', true))
                or ((select coalesce(current_setting('app.tenant_id', true), '') <> '') and consent_consultants)
                or ((select coalesce(current_setting('app.tenant_id', true), '') = ''
                            and coalesce(current_setting('app.employer_id', true), '') <> '')
                    and consent_employers
                    and employer_visible_until >= (select (now() at time zone 'Europe/Amsterdam')::date))));
-- The relevance-ordered index no longer carries the postcode area: a search within a distance cannot answer its
-- area condition from it without reading the table, so the planner takes pool_search_key_area, which reads only the
-- areas within reach (it had read all of an occupation group's key rows through this one and filtered most out).
drop index pool_search_key_ranked;
create index pool_search_key_ranked on pool_search_key
    (region_id, kind, key, rank desc, last_confirmed desc, pseudonym)
    include (profile_id, tenant_id, consent_consultants, consent_employers, employer_visible_until, hours_per_week,
             rung, isco_codes);
