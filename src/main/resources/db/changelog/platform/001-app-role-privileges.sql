--liquibase formatted sql

--changeset werkbrug:platform-001
--comment: The portal's role (${app_role}) may read and write rows of tables the owner creates from here on, nothing else.
grant usage on schema public to ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};
