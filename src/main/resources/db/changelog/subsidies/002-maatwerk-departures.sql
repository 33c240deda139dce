--liquibase formatted sql

--changeset werkbrug:subsidies-002
--comment: Four-eyes by rule: what a maatwerk proposal departs from in the catalogue rule (message keys with arguments, one per line), stored with the proposal so the second consultant sees why.
alter table subsidy_request add column maatwerk_departures text;
