--liquibase formatted sql

--changeset werkbrug:sroi-003 splitStatements:false
--comment: A hire names its vacancy and employer but not the municipality whose contract the vacancy is linked to. sroi_vacancy_contracting_tenant answers only that municipality's id, and only for the contract's own employer, so SroiHires opens one transaction in that municipality instead of one in each municipality of the region. The function runs as the schema owner, which FORCE ROW LEVEL SECURITY holds to the policies too: one more permissive policy lets the owner (and so only this function; the portal's role owns nothing) read the links; the employer scope still applies.
create function sroi_owner_at_work() returns boolean
    language sql stable
    as $$ select current_user = pg_get_userbyid((select c.relowner from pg_class c where c.oid = 'public.sroi_vacancy'::regclass)) $$;
create policy contracting_tenant_lookup on sroi_vacancy for select using (sroi_owner_at_work());
create function sroi_vacancy_contracting_tenant(p_vacancy bigint, p_employer bigint) returns setof varchar
    language sql stable security definer set search_path = pg_catalog, public
    as $$ select v.tenant_id from public.sroi_vacancy v where v.vacancy_id = p_vacancy and v.employer_id = p_employer $$;
revoke all on function sroi_vacancy_contracting_tenant(bigint, bigint) from public;
grant execute on function sroi_vacancy_contracting_tenant(bigint, bigint) to ${app_role};
