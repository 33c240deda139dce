--liquibase formatted sql

--changeset werkbrug:pool-012-employer-group-counts splitStatements:false
--comment: How many profiles an employer's ranking for a vacancy scores (Matching.candidatesFor shows it) was counted on every ranking over the group's key rows (26,374 at 1,000,000 profiles: about 8 ms, most of what the application added to the ranking itself). The key rows with employer consent of each region, minor group and last day of employer visibility are now counted as they are written and deleted (pool_search_key is only ever inserted into and deleted from), so the count is a sum over the group's visibility dates. Counts only, no profile; readable and writable within the transaction's region like the key rows. ADR 0016, update.
create table pool_employer_group_count (
    region_id              varchar(40)  not null,
    key                    varchar(200) not null,
    employer_visible_until date         not null,
    profiles               integer      not null check (profiles >= 0),
    primary key (region_id, key, employer_visible_until)
);
revoke delete, truncate on pool_employer_group_count from ${app_role};
alter table pool_employer_group_count enable row level security;
create policy pool_employer_group_count_region on pool_employer_group_count for all
    using (region_id = current_setting('app.region_id', true))
    with check (region_id = current_setting('app.region_id', true));

create function pool_employer_group_count_add() returns trigger
    language plpgsql as $$
begin
    insert into pool_employer_group_count (region_id, key, employer_visible_until, profiles)
    values (new.region_id, new.key, new.employer_visible_until, 1)
    on conflict (region_id, key, employer_visible_until)
        do update set profiles = pool_employer_group_count.profiles + 1;
    return null;
end
$$;
create function pool_employer_group_count_remove() returns trigger
    language plpgsql as $$
begin
    update pool_employer_group_count set profiles = profiles - 1
     where region_id = old.region_id and key = old.key and employer_visible_until = old.employer_visible_until;
    return null;
end
$$;
create trigger pool_employer_group_count_added after insert on pool_search_key for each row
    when (new.kind = 'G' and new.consent_employers and new.employer_visible_until is not null)
    execute function pool_employer_group_count_add();
create trigger pool_employer_group_count_removed after delete on pool_search_key for each row
    when (old.kind = 'G' and old.consent_employers and old.employer_visible_until is not null)
    execute function pool_employer_group_count_remove();

-- The key rows that exist already (the owner runs this; row-level security is lifted for the count only)
alter table pool_search_key no force row level security;
insert into pool_employer_group_count (region_id, key, employer_visible_until, profiles)
select region_id, key, employer_visible_until, count(*) from pool_search_key
 where kind = 'G' and consent_employers and employer_visible_until is not null
 group by region_id, key, employer_visible_until;
alter table pool_search_key force row level security;
alter table pool_employer_group_count force row level security;
