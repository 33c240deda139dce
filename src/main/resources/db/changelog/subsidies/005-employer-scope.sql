--liquibase formatted sql

--changeset werkbrug:subsidies-005
--comment: Employer isolation in the database (issue 13, finding 2): a transaction that carries an employer (app.employer_id) reaches only that employer's subsidy requests and, through them, their information requests and attachments, on top of the municipality's policy.
create policy employer_scope on subsidy_request as restrictive
    using (coalesce(current_setting('app.employer_id', true), '') = ''
           or employer_id::text = current_setting('app.employer_id', true))
    with check (coalesce(current_setting('app.employer_id', true), '') = ''
                or employer_id::text = current_setting('app.employer_id', true));

create policy employer_scope on subsidy_information_request as restrictive
    using (coalesce(current_setting('app.employer_id', true), '') = ''
           or exists (select 1 from subsidy_request r where r.id = request_id))
    with check (coalesce(current_setting('app.employer_id', true), '') = ''
                or exists (select 1 from subsidy_request r where r.id = request_id));

create policy employer_scope on subsidy_attachment as restrictive
    using (coalesce(current_setting('app.employer_id', true), '') = ''
           or exists (select 1 from subsidy_request r where r.id = request_id))
    with check (coalesce(current_setting('app.employer_id', true), '') = ''
                or exists (select 1 from subsidy_request r where r.id = request_id));
