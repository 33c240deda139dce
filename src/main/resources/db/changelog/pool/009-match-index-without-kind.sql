--liquibase formatted sql

--changeset werkbrug:pool-009
--comment: The matching index of pool-008 had kind as its second column while its predicate is kind = 'G'; PostgreSQL drops a condition the predicate implies from the index conditions, so the key could no longer bound the scan and the planner never chose the index (at 1,000,000 profiles it read a group's 66,000 key rows through the relevance index and the table instead: about 375 ms). Keyed on region and key alone, a group's ranking is an index-only scan (about 30 ms for 26,000 rows). ADR 0016, update.
drop index pool_search_key_match;
create index pool_search_key_match on pool_search_key (region_id, key)
    include (profile_id, pseudonym, tenant_id, consent_consultants, consent_employers, employer_visible_until,
             postcode_area, hours_per_week, isco_codes, skills, available_from, travel_km, signals)
    where kind = 'G';
