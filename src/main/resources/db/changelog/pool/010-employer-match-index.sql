--liquibase formatted sql

--changeset werkbrug:pool-010
--comment: Only employers rank the pool for a vacancy (Matching.candidatesFor), and they see only key rows with employer consent that are confirmed recently enough. The matching index of pool-009 held every G row, so at 1,000,000 profiles a ranking read 65,910 key rows of minor group 721 to keep 26,374 (60 % removed by the audience filter). Partial on employer consent and keyed on the visibility date after region and key, the scan reads the visible rows only (a count of them 33 -> 8 ms, the ranking about halved, on a loaded machine). ADR 0016, update.
drop index pool_search_key_match;
create index pool_search_key_employer_match on pool_search_key (region_id, key, employer_visible_until)
    include (profile_id, pseudonym, tenant_id, consent_consultants, consent_employers, postcode_area,
             hours_per_week, isco_codes, skills, available_from, travel_km, signals)
    where kind = 'G' and consent_employers;
