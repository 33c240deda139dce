--liquibase formatted sql

--changeset werkbrug:identity-002
--comment: Login throttling per client address (security review finding 5): failures are counted per address and per address + user name, and deleted after a retention time, so the lookups by address and by age need indexes.
create index login_failure_by_address on login_failure (remote_address, failed_at);
create index login_failure_by_age on login_failure (failed_at);
