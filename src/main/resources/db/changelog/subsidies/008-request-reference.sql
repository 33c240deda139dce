--liquibase formatted sql

--changeset werkbrug:subsidies-008 splitStatements:false
--comment: One reference per submitted request (issue 11): the municipality's CBS code, the year of submission and a number per municipality and year (GM0164-2026-000123), unique in the database. The counter is tenant-owned like the requests; requests submitted before this change get their reference in order of submission.
create table subsidy_reference_counter (
    tenant_id    varchar(40) not null references tenant (id),
    year         integer not null check (year between 2000 and 9999),
    last_number  integer not null check (last_number between 1 and 999999),
    primary key (tenant_id, year)
);

alter table subsidy_reference_counter enable row level security;
alter table subsidy_reference_counter force row level security;
create policy tenant_isolation on subsidy_reference_counter
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table subsidy_request add column reference varchar(24)
    check (reference ~ '^GM[0-9]{4}-[0-9]{4}-[0-9]{6}$');
create unique index subsidy_request_reference on subsidy_request (reference);

alter table subsidy_request no force row level security;
alter table subsidy_reference_counter no force row level security;
update subsidy_request r set reference = numbered.reference
from (select s.id, upper(t.cbs_code) || '-' || extract(year from s.submitted_on)::int || '-'
                 || lpad(row_number() over (partition by s.tenant_id, extract(year from s.submitted_on)
                                            order by s.submitted_on, s.id)::text, 6, '0') as reference
      from subsidy_request s join tenant t on t.id = s.tenant_id
      where s.submitted_on is not null) numbered
where numbered.id = r.id;
insert into subsidy_reference_counter (tenant_id, year, last_number)
select tenant_id, extract(year from submitted_on)::int, count(*)
from subsidy_request where submitted_on is not null
group by tenant_id, extract(year from submitted_on)::int;
alter table subsidy_request force row level security;
alter table subsidy_reference_counter force row level security;
