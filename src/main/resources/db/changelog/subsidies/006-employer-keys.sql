--liquibase formatted sql

--changeset werkbrug:subsidies-006 splitStatements:false
--comment: Employer keys (issue 13, finding 2): a subsidy request names an employer that exists (foreign key to employer_organisation), and its information requests and attachments carry the same employer, enforced by a composite foreign key on (request_id, employer_id) and filled from the request by a trigger, so the employer-scope policies of the child tables compare their own column instead of looking through the request. Existing rows are filled with RLS not forced for the owner for the length of the update (the owner is subject to its own forced policies).
alter table subsidy_request add constraint subsidy_request_employer_fk
    foreign key (employer_id) references employer_organisation (id);
alter table subsidy_request add constraint subsidy_request_id_employer unique (id, employer_id);

alter table subsidy_information_request add column employer_id bigint;
alter table subsidy_attachment add column employer_id bigint;

alter table subsidy_request no force row level security;
alter table subsidy_information_request no force row level security;
alter table subsidy_attachment no force row level security;
update subsidy_information_request c set employer_id = r.employer_id from subsidy_request r where r.id = c.request_id;
update subsidy_attachment c set employer_id = r.employer_id from subsidy_request r where r.id = c.request_id;
alter table subsidy_request force row level security;
alter table subsidy_information_request force row level security;
alter table subsidy_attachment force row level security;

-- The employer of a child row is its request's; a child naming another employer is refused by the foreign key.
create function subsidy_child_employer() returns trigger
    language plpgsql as $$
begin
    if new.employer_id is null then
        select r.employer_id into new.employer_id from subsidy_request r where r.id = new.request_id;
    end if;
    return new;
end
$$;
create trigger subsidy_information_request_employer before insert or update of request_id, employer_id
    on subsidy_information_request for each row execute function subsidy_child_employer();
create trigger subsidy_attachment_employer before insert or update of request_id, employer_id
    on subsidy_attachment for each row execute function subsidy_child_employer();

alter table subsidy_information_request alter column employer_id set not null;
alter table subsidy_attachment alter column employer_id set not null;
alter table subsidy_information_request add constraint subsidy_information_request_request_employer_fk
    foreign key (request_id, employer_id) references subsidy_request (id, employer_id);
alter table subsidy_attachment add constraint subsidy_attachment_request_employer_fk
    foreign key (request_id, employer_id) references subsidy_request (id, employer_id);

-- Rows of the transaction's employer, or any row when the transaction carries no employer (consultants, the portal).
create function subsidy_employer_in_scope(row_employer bigint) returns boolean
    language sql stable
    as $$ select coalesce(current_setting('app.employer_id', true), '') = ''
                 or row_employer::text = current_setting('app.employer_id', true) $$;
drop policy employer_scope on subsidy_information_request;
create policy employer_scope on subsidy_information_request as restrictive
    using (subsidy_employer_in_scope(employer_id)) with check (subsidy_employer_in_scope(employer_id));
drop policy employer_scope on subsidy_attachment;
create policy employer_scope on subsidy_attachment as restrictive
    using (subsidy_employer_in_scope(employer_id)) with check (subsidy_employer_in_scope(employer_id));
