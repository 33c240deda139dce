--liquibase formatted sql

--changeset werkbrug:subsidies-007
--comment: Awb terms (issue 12): the answer term of a question (4:5), one extension of the decision term with its reason (4:14), the employer's notice of default (4:17), and the loonwaardemeting the consultant records for loonkostensubsidie (art. 10d Participatiewet: who measured, the method, the day). The tables keep their row-level security and the portal role's grants.
alter table subsidy_information_request add column answer_due date;
alter table subsidy_request add column extended_on date;
alter table subsidy_request add column extended_to date;
alter table subsidy_request add column extension_reason text;
alter table subsidy_request add constraint subsidy_request_extension_complete
    check ((extended_on is null and extended_to is null and extension_reason is null)
        or (extended_on is not null and extended_to > extended_on and extension_reason is not null));
alter table subsidy_request add column default_notice_on date;
alter table subsidy_request add column meting_by text;
alter table subsidy_request add column meting_method text;
alter table subsidy_request add column meting_on date;
alter table subsidy_request add column meting_loonwaarde numeric(5, 2) check (meting_loonwaarde between 0 and 100);
--rollback alter table subsidy_request drop column meting_loonwaarde, drop column meting_on, drop column meting_method, drop column meting_by, drop column default_notice_on, drop constraint subsidy_request_extension_complete, drop column extension_reason, drop column extended_to, drop column extended_on; alter table subsidy_information_request drop column answer_due;
