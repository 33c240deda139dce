--liquibase formatted sql

--changeset werkbrug:employer-001
--comment: Employer organisations are regional: they deal with every municipality of the region.
create table employer_organisation (
    id               bigint generated always as identity primary key,
    region_id        varchar(40) not null references region (id),
    kvk_number       varchar(8) not null check (kvk_number ~ '^[0-9]{8}$'),
    vestigingsnummer varchar(12) check (vestigingsnummer ~ '^[0-9]{12}$'),
    name             text not null,
    place            text,
    created_at       timestamptz not null default now(),
    unique (region_id, kvk_number)
);

alter table employer_organisation enable row level security;
alter table employer_organisation force row level security;
create policy region_isolation on employer_organisation
    using (region_id = current_setting('app.region_id', true))
    with check (region_id = current_setting('app.region_id', true));
