--liquibase formatted sql

--changeset werkbrug:subsidies-011 splitStatements:false
--comment: Issue 13, load: an employer's request list visited every municipality of the region, a transaction each (row-level security and Hibernate's tenant filter admit one municipality per transaction), 14 in Twente, mostly to find nothing. This function, owned by the owner role, answers only which municipalities hold requests of the employer the transaction carries (app.employer_id; none without one), so the list visits only those.
create index subsidy_request_employer_municipality on subsidy_request (employer_id, tenant_id);

-- The function runs as the owner, whom FORCE row-level security holds to the policies too: this one lets the owner
-- read across municipalities while it is at work (the portal's role is never the owner, DatabaseRoleGuard), and the
-- restrictive employer policy still holds it to the employer of the transaction.
create policy owner_reads_across_municipalities on subsidy_request for select
    using (current_user = pg_get_userbyid((select c.relowner from pg_class c where c.oid = 'public.subsidy_request'::regclass)));

create function subsidy_request_municipalities() returns setof varchar
    language sql stable security definer set search_path = pg_catalog, public
    as $$ select distinct r.tenant_id from public.subsidy_request r
          where coalesce(current_setting('app.employer_id', true), '') <> ''
            and r.employer_id::text = current_setting('app.employer_id', true)
          order by r.tenant_id $$;
revoke all on function subsidy_request_municipalities() from public;
grant execute on function subsidy_request_municipalities() to ${app_role};
