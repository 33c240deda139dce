--liquibase formatted sql

--changeset werkbrug:employer-005
--comment: Employer isolation in the database (issue 13, finding 2): when a transaction carries an employer (app.employer_id, set for an employer's users by TenantScopedTransactionManager), restrictive policies on top of the region policies let it reach only that employer's rows, even through raw SQL. Published vacancies stay readable by everyone, as they are public. Transactions without an employer (consultants, coordinators, the portal's own work, anonymous visitors) are not affected.
create policy employer_scope on employer_organisation as restrictive
    using (coalesce(current_setting('app.employer_id', true), '') = ''
           or id::text = current_setting('app.employer_id', true))
    with check (coalesce(current_setting('app.employer_id', true), '') = ''
                or id::text = current_setting('app.employer_id', true));

create policy employer_scope on employer_invitation as restrictive
    using (coalesce(current_setting('app.employer_id', true), '') = ''
           or employer_id::text = current_setting('app.employer_id', true))
    with check (coalesce(current_setting('app.employer_id', true), '') = ''
                or employer_id::text = current_setting('app.employer_id', true));

create policy employer_scope_read on vacancy as restrictive for select
    using (coalesce(current_setting('app.employer_id', true), '') = '' or status = 'PUBLISHED'
           or employer_id::text = current_setting('app.employer_id', true));
create policy employer_scope_insert on vacancy as restrictive for insert
    with check (coalesce(current_setting('app.employer_id', true), '') = ''
                or employer_id::text = current_setting('app.employer_id', true));
create policy employer_scope_update on vacancy as restrictive for update
    using (coalesce(current_setting('app.employer_id', true), '') = ''
           or employer_id::text = current_setting('app.employer_id', true))
    with check (coalesce(current_setting('app.employer_id', true), '') = ''
                or employer_id::text = current_setting('app.employer_id', true));
create policy employer_scope_delete on vacancy as restrictive for delete
    using (coalesce(current_setting('app.employer_id', true), '') = ''
           or employer_id::text = current_setting('app.employer_id', true));
