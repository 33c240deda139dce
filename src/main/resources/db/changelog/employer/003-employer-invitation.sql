--liquibase formatted sql

--changeset werkbrug:employer-003
--comment: Invitations of colleagues by an employer admin. Only the SHA-256 hash of the link's token is stored.
create table employer_invitation (
    id                bigint generated always as identity primary key,
    region_id         varchar(40) not null references region (id),
    employer_id       bigint not null references employer_organisation (id),
    email             text not null,
    token_hash        varchar(64) not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    invited_by        varchar(100) not null,
    created_at        timestamptz not null default now(),
    expires_at        timestamptz not null,
    accepted_at       timestamptz,
    accepted_username varchar(100),
    check (expires_at > created_at)
);
create index employer_invitation_employer on employer_invitation (employer_id, created_at desc);

alter table employer_invitation enable row level security;
alter table employer_invitation force row level security;
create policy region_isolation on employer_invitation
    using (region_id = current_setting('app.region_id', true))
    with check (region_id = current_setting('app.region_id', true));
