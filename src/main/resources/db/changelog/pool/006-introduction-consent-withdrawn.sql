--liquibase formatted sql

--changeset werkbrug:pool-006
--comment: The candidate can take back the consent given for one introduction (state TERUGGENOMEN).
alter table pool_introduction drop constraint pool_introduction_state_check;
alter table pool_introduction add constraint pool_introduction_state_check
    check (state in ('AANGEVRAAGD', 'TOESTEMMING', 'AFGEWEZEN', 'VERLOPEN', 'INGETROKKEN', 'TERUGGENOMEN'));
