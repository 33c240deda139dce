--liquibase formatted sql

--changeset werkbrug:subsidies-009
--comment: Issue 12, the rest: whether the decision term is the instrument's own or Awb 4:13's eight weeks; the jobcoaching plan (goals, whose judgement, period, hours per month, tariff and whether it was entered); a loonkostensubsidie granted with the municipality's flat-rate start (its months and percentage of the minimum wage where the catalogue gives them); and the company's contact person and address as they were at submission, which the letter is addressed to. Requests submitted before this change take the contact and address from the employer tables; their term counts as the instrument's own when it is not the eight weeks.
alter table subsidy_request add column decision_term_own boolean not null default false;
update subsidy_request set decision_term_own = (decision_term <> 'P8W');
alter table subsidy_request add column coach_goals text;
alter table subsidy_request add column coach_judged_by text;
alter table subsidy_request add column coach_from date;
alter table subsidy_request add column coach_to date;
alter table subsidy_request add column coach_plan_hours numeric(6, 2) check (coach_plan_hours > 0 and coach_plan_hours <= 200);
alter table subsidy_request add column coach_tariff numeric(8, 2) check (coach_tariff > 0);
alter table subsidy_request add column coach_tariff_entered boolean;
alter table subsidy_request add constraint subsidy_request_coaching_plan_complete
    check ((coach_goals is null and coach_judged_by is null and coach_from is null and coach_to is null
            and coach_plan_hours is null and coach_tariff is null and coach_tariff_entered is null)
        or (coach_goals is not null and coach_judged_by is not null and coach_to > coach_from
            and coach_plan_hours is not null and coach_tariff is not null and coach_tariff_entered is not null));
alter table subsidy_request add column flat_rate_start boolean not null default false;
alter table subsidy_request add column flat_rate_months integer check (flat_rate_months between 1 and 60);
alter table subsidy_request add column flat_rate_percentage numeric(5, 2) check (flat_rate_percentage > 0 and flat_rate_percentage <= 100);
alter table subsidy_request add column employer_contact_name text;
alter table subsidy_request add column employer_address text;

alter table subsidy_request no force row level security;
alter table employer_organisation no force row level security;
update subsidy_request r
set employer_contact_name = o.contact_name,
    employer_address = case when o.street is not null and o.postcode is not null
                            then o.street || ' ' || coalesce(o.house_number, '') || ', ' || o.postcode || ' ' || coalesce(o.place, '')
                            else o.place end
from employer_organisation o
where o.id = r.employer_id and r.status <> 'CONCEPT';
alter table subsidy_request force row level security;
alter table employer_organisation force row level security;
--rollback alter table subsidy_request drop column employer_address, drop column employer_contact_name, drop column flat_rate_percentage, drop column flat_rate_months, drop column flat_rate_start, drop constraint subsidy_request_coaching_plan_complete, drop column coach_tariff_entered, drop column coach_tariff, drop column coach_plan_hours, drop column coach_to, drop column coach_from, drop column coach_judged_by, drop column coach_goals, drop column decision_term_own;
