--liquibase formatted sql

--changeset werkbrug:employer-004
--comment: Vacancies of employer organisations. Regional: published vacancies are visible to the consultants of every municipality of the region.
create table vacancy (
    id               bigint generated always as identity primary key,
    region_id        varchar(40) not null references region (id),
    employer_id      bigint not null references employer_organisation (id),
    status           varchar(12) not null check (status in ('CONCEPT', 'PUBLISHED', 'CLOSED')),
    title            varchar(200) not null,
    description_html text not null,
    isco_code        varchar(4) not null check (isco_code ~ '^[0-9]{4}$'),
    hours_per_week   numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 60),
    postcode         varchar(7) not null check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    place            varchar(100) not null,
    contract_type    varchar(20) not null check (contract_type in ('PERMANENT', 'TEMPORARY', 'ON_CALL', 'TRAINEESHIP')),
    contract_months  integer check (contract_months between 1 and 60),
    start_date       date,
    valid_through    date,
    requirements     text not null default '',
    skills           text not null default '',
    adjustments      text not null default '',
    places           integer not null check (places between 1 and 999),
    sroi             boolean not null default false,
    banenafspraak    boolean not null default false,
    created_by       varchar(100) not null,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    published_at     timestamptz,
    closed_at        timestamptz,
    check (contract_type <> 'TEMPORARY' or contract_months is not null),
    check (status = 'CONCEPT' or published_at is not null)
);
create index vacancy_employer on vacancy (employer_id, updated_at desc);
create index vacancy_published on vacancy (region_id, status, published_at desc);

alter table vacancy enable row level security;
alter table vacancy force row level security;
create policy region_isolation on vacancy
    using (region_id = current_setting('app.region_id', true))
    with check (region_id = current_setting('app.region_id', true));
