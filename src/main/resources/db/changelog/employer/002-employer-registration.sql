--liquibase formatted sql

--changeset werkbrug:employer-002
--comment: What a company fills in when it registers itself: address, SBI activity code (with its version) and contact person.
alter table employer_organisation
    add column street        text,
    add column house_number  varchar(12),
    add column postcode      varchar(7) check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    add column sbi_code      varchar(5) check (sbi_code ~ '^[0-9]{2,5}$'),
    add column sbi_version   smallint check (sbi_version in (2008, 2025)),
    add column contact_name  text,
    add column contact_email text,
    add column contact_phone varchar(30);
