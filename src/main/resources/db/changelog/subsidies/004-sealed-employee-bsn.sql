--liquibase formatted sql

--changeset werkbrug:subsidies-004
--comment: The employee's BSN is stored sealed (AES-256-GCM, platform.BsnVault) with a blind index to find requests by BSN and a masked form. Numbers stored in plain text by earlier versions are sealed at start-up by subsidies.internal.PlainBsnSealer, which empties employee_bsn.
alter table subsidy_request
    add column employee_bsn_sealed text,
    add column employee_bsn_index  varchar(64) check (employee_bsn_index ~ '^[0-9a-f]{64}$'),
    add column employee_bsn_masked varchar(9);
create index subsidy_request_employee_bsn on subsidy_request (tenant_id, employee_bsn_index);
