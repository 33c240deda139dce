--liquibase formatted sql

--changeset werkbrug:sroi-003 splitStatements:false
--comment: A hire names its vacancy and employer but not the municipality whose contract the vacancy is linked to. This function answers only that municipality's id, and only for the contract's own employer, so SroiHires opens one transaction in that municipality instead of one in each municipality of the region (the link itself stays behind the municipality's policy).
create function sroi_vacancy_contracting_tenant(p_vacancy bigint, p_employer bigint) returns setof varchar
    language sql stable security definer set search_path = pg_catalog, public
    as $$ select v.tenant_id from public.sroi_vacancy v where v.vacancy_id = p_vacancy and v.employer_id = p_employer $$;
revoke all on function sroi_vacancy_contracting_tenant(bigint, bigint) from public;
grant execute on function sroi_vacancy_contracting_tenant(bigint, bigint) to ${app_role};
