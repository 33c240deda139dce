--liquibase formatted sql

--changeset werkbrug:identity-003 splitStatements:false
--comment: Row-level security on the identity tables (issue 13, finding 11). Before it, the portal's role could read every password hash and grant any user a role in any municipality through raw SQL without any setting. Now: the password hash is not readable by the portal's role at all (column privileges); the login reads one account by its exact name through SECURITY DEFINER functions owned by the owner role; an account is visible only through a grant of the active municipality, region or employer; a grant can be written or removed only within the scope it names (app.tenant_id, app.region_id, app.employer_id); login failures and the region row belong to the region of the transaction.

-- True only while the owner role itself is at work: Liquibase, and the SECURITY DEFINER functions below, which run
-- as the owner. The portal's role never is the owner (DatabaseRoleGuard), so for it this is always false.
create function identity_owner_at_work() returns boolean
    language sql stable
    as $$ select current_user = pg_get_userbyid((select c.relowner from pg_class c where c.oid = 'public.app_user'::regclass)) $$;

-- app_user: no reading of password_hash, no deleting; updating only the preferred language.
revoke all on app_user from ${app_role};
grant select (id, username, display_name, email, preferred_language, enabled, created_at) on app_user to ${app_role};
grant insert (username, password_hash, display_name, email) on app_user to ${app_role};
grant update (preferred_language) on app_user to ${app_role};
revoke all on user_tenant_role, user_region_role, user_employer_role from ${app_role};
grant select, insert, delete on user_tenant_role, user_region_role, user_employer_role to ${app_role};

alter table user_tenant_role enable row level security;
alter table user_tenant_role force row level security;
create policy tenant_isolation on user_tenant_role
    using (identity_owner_at_work() or tenant = current_setting('app.tenant_id', true))
    with check (identity_owner_at_work() or tenant = current_setting('app.tenant_id', true));

alter table user_region_role enable row level security;
alter table user_region_role force row level security;
create policy region_isolation on user_region_role
    using (identity_owner_at_work() or region = current_setting('app.region_id', true))
    with check (identity_owner_at_work() or region = current_setting('app.region_id', true));

alter table user_employer_role enable row level security;
alter table user_employer_role force row level security;
create policy employer_isolation on user_employer_role
    using (identity_owner_at_work() or employer_id::text = current_setting('app.employer_id', true))
    with check (identity_owner_at_work() or employer_id::text = current_setting('app.employer_id', true));

alter table app_user enable row level security;
alter table app_user force row level security;
-- An account is visible (and its language changeable) through a grant that is itself visible.
create policy account_in_scope on app_user for select
    using (identity_owner_at_work()
           or exists (select 1 from user_tenant_role r where r.user_id = app_user.id)
           or exists (select 1 from user_region_role r where r.user_id = app_user.id)
           or exists (select 1 from user_employer_role r where r.user_id = app_user.id));
create policy account_language on app_user for update
    using (identity_owner_at_work()
           or exists (select 1 from user_tenant_role r where r.user_id = app_user.id)
           or exists (select 1 from user_region_role r where r.user_id = app_user.id)
           or exists (select 1 from user_employer_role r where r.user_id = app_user.id));
-- A new account holds nothing until a grant is written within the scope it names.
create policy account_created on app_user for insert with check (true);

-- The login: one account by its exact name, with what the login and the session check need and nothing else.
create function identity_account(p_username varchar)
    returns table (id bigint, display_name text, password_hash text, enabled boolean, preferred_language varchar)
    language sql stable security definer set search_path = pg_catalog, public
    as $$ select u.id, u.display_name, u.password_hash, u.enabled, u.preferred_language
          from public.app_user u where u.username = p_username $$;
create function identity_grants(p_username varchar) returns table (kind text, scope text, role text)
    language sql stable security definer set search_path = pg_catalog, public
    as $$ select 'TENANT', r.tenant::text, r.role::text from public.user_tenant_role r
              join public.app_user u on u.id = r.user_id where u.username = p_username
          union all
          select 'REGION', r.region::text, r.role::text from public.user_region_role r
              join public.app_user u on u.id = r.user_id where u.username = p_username
          union all
          select 'EMPLOYER', r.employer_id::text, r.role::text from public.user_employer_role r
              join public.app_user u on u.id = r.user_id where u.username = p_username $$;
revoke all on function identity_account(varchar), identity_grants(varchar) from public;
grant execute on function identity_account(varchar), identity_grants(varchar) to ${app_role};

-- Login failures belong to the region of the transaction that counted them. The throttle state is transient
-- (24 h retention), so the rows from before this change are dropped rather than given a region.
delete from login_failure;
alter table login_failure add column region_id varchar(40) not null
    default current_setting('app.region_id', true) references region (id);
alter table login_failure enable row level security;
alter table login_failure force row level security;
create policy region_isolation on login_failure
    using (region_id = current_setting('app.region_id', true))
    with check (region_id = current_setting('app.region_id', true));

alter table region enable row level security;
alter table region force row level security;
create policy region_isolation on region
    using (id = current_setting('app.region_id', true))
    with check (id = current_setting('app.region_id', true));
