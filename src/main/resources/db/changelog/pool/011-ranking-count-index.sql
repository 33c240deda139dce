--liquibase formatted sql

--changeset werkbrug:pool-011-ranking-count
--comment: The ranking for a vacancy (Matching.candidatesFor) shows how many profiles it scored, counted beside the ranking on the employer match index of pool-010, whose entries carry every input of the score (about 1,560 blocks for the 26,374 visible rows of minor group 721 at 1,000,000 profiles). This index holds only what the count and the audience policy read (885 blocks for the same rows), so the count reads about half as much. ADR 0016, update.
create index pool_search_key_employer_count on pool_search_key (region_id, key, employer_visible_until)
    include (tenant_id, consent_consultants, consent_employers)
    where kind = 'G' and consent_employers;
