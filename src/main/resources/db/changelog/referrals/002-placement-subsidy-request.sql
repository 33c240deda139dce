--liquibase formatted sql

--changeset werkbrug:referrals-002
--comment: Issue 9 item 3: the subsidy requests an employer filed for a placement (a hire through a referral), linked when the request is submitted and numbered, for the candidate's file and the employer's view of the hire. The referral's parties read the link as they read the referral; it is written in the municipality that decides the request, which must be a party too.
create table referral_subsidy_request (
    referral_id        uuid not null references referral (id),
    region_id          varchar(40) not null references region (id),
    owner_tenant_id    varchar(40) not null,
    proposer_tenant_id varchar(40) not null,
    employer_id        bigint not null,
    request_tenant_id  varchar(40) not null references tenant (id),
    request_id         bigint not null,
    reference          varchar(40) not null,
    instrument_code    varchar(100) not null,
    linked_at          timestamptz not null,
    primary key (referral_id, request_tenant_id, request_id)
);
alter table referral_subsidy_request enable row level security;
alter table referral_subsidy_request force row level security;
create policy referral_subsidy_request_read on referral_subsidy_request for select
    using (region_id = current_setting('app.region_id', true)
           and referral_party(owner_tenant_id, proposer_tenant_id, employer_id));
create policy referral_subsidy_request_link on referral_subsidy_request for insert
    with check (region_id = current_setting('app.region_id', true)
                and request_tenant_id = current_setting('app.tenant_id', true)
                and referral_party(owner_tenant_id, proposer_tenant_id, employer_id));
-- A link is history: the portal never changes or deletes one.
revoke update, delete, truncate on referral_subsidy_request from ${app_role};
