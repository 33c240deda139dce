--liquibase formatted sql

--changeset werkbrug:identity-001
--comment: Local accounts of the embedded default. Grants name the tenant, region or employer they apply to.
create table app_user (
    id                 bigint generated always as identity primary key,
    username           varchar(100) not null unique,
    password_hash      text,
    display_name       text not null,
    email              text,
    preferred_language varchar(5) check (preferred_language in ('nl', 'en')),
    enabled            boolean not null default true,
    created_at         timestamptz not null default now()
);

create table user_tenant_role (
    user_id bigint not null references app_user (id) on delete cascade,
    tenant  varchar(40) not null references tenant (id),
    role    varchar(30) not null check (role in ('CONSULTANT', 'SROI_OFFICER', 'TENANT_ADMIN')),
    primary key (user_id, tenant, role)
);

create table user_region_role (
    user_id bigint not null references app_user (id) on delete cascade,
    region  varchar(40) not null references region (id),
    role    varchar(30) not null check (role in ('COORDINATOR')),
    primary key (user_id, region, role)
);

create table user_employer_role (
    user_id     bigint not null references app_user (id) on delete cascade,
    employer_id bigint not null references employer_organisation (id),
    role        varchar(30) not null check (role in ('EMPLOYER_ADMIN', 'EMPLOYER_USER')),
    primary key (user_id, employer_id)
);

create table login_failure (
    id             bigint generated always as identity primary key,
    username       varchar(100) not null,
    remote_address varchar(64),
    failed_at      timestamptz not null default now()
);
create index login_failure_recent on login_failure (username, failed_at);
