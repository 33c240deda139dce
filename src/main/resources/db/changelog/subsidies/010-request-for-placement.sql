--liquibase formatted sql

--changeset werkbrug:subsidies-010
--comment: Issue 9 item 3: a request the employer files for a placement from a referral names it (the referral's id), so the referrals module can link the placement to the request once it is submitted and numbered.
alter table subsidy_request add column placement_ref uuid;
