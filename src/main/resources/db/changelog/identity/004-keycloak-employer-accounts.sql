--liquibase formatted sql

--changeset werkbrug:identity-004
--comment: The portal's own register of the employer accounts it created in Keycloak (issue 13, finding 8). The provisioning account may create a user and read it by id, but Keycloak 26.7 answers its listings (group members, attribute search, organisation members) with nothing, so the colleague list and the company's organisation come from here; Keycloak keeps the login and the membership attributes. Employer-scoped like user_employer_role; a login refreshes an entry from the ID token.
create table employer_keycloak_account (
    keycloak_user_id varchar(64) primary key,
    employer_id      bigint not null references employer_organisation (id),
    username         varchar(100) not null unique,
    display_name     text not null,
    email            text,
    role             varchar(30) not null check (role in ('EMPLOYER_ADMIN', 'EMPLOYER_USER')),
    -- the company's Keycloak organisation, which the provisioning account may not search for by name
    keycloak_organisation_id varchar(64),
    created_at       timestamptz not null default now()
);
create index employer_keycloak_account_employer on employer_keycloak_account (employer_id);

revoke all on employer_keycloak_account from ${app_role};
grant select, insert on employer_keycloak_account to ${app_role};
-- a login refreshes the name, address and role from the ID token; the user and the employer of an entry never change
grant update (username, display_name, email, role) on employer_keycloak_account to ${app_role};

alter table employer_keycloak_account enable row level security;
alter table employer_keycloak_account force row level security;
create policy employer_isolation on employer_keycloak_account
    using (employer_id::text = current_setting('app.employer_id', true))
    with check (employer_id::text = current_setting('app.employer_id', true));
