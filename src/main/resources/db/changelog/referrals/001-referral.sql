--liquibase formatted sql

--changeset werkbrug:referrals-001
--comment: Referrals (voordrachten, issue 9): a consultant proposes a pool profile for an employer's vacancy. Three parties may see a referral: the municipality that owns the candidate's file, the proposing municipality, and the employer's users. At most one open referral per profile and vacancy; at most one hire (aangenomen) per profile.
create table referral (
    id                 uuid primary key,
    region_id          varchar(40) not null references region (id),
    owner_tenant_id    varchar(40) not null references tenant (id),
    proposer_tenant_id varchar(40) not null references tenant (id),
    employer_id        bigint not null references employer_organisation (id),
    employer_name      varchar(200) not null,
    vacancy_id         bigint not null references vacancy (id),
    vacancy_title      varchar(200) not null,
    profile_id         uuid not null,
    pseudonym          varchar(14) not null,
    file_id            bigint not null,
    state              varchar(30) not null
        check (state in ('WACHT_OP_AKKOORD', 'NIET_AKKOORD', 'VOORGESTELD', 'BEKEKEN', 'UITGENODIGD', 'AANGENOMEN',
                         'AFGEWEZEN', 'TERUGGETROKKEN', 'VERVALLEN')),
    motivation         varchar(1000),
    proposed_by        varchar(100) not null,
    proposed_at        timestamptz not null,
    agreed_by          varchar(100),
    sent_at            timestamptz,
    changed_by         varchar(100) not null,
    changed_at         timestamptz not null,
    rejection_reason   varchar(40),
    lapse_cause        varchar(40),
    note               varchar(500),
    placement_start    date,
    placement_hours    numeric(4, 1),
    placement_contract varchar(20),
    outflow_recorded   boolean not null default false,
    reminded_on        date,
    check ((state = 'AANGENOMEN') = (placement_start is not null and placement_hours is not null
                                     and placement_contract is not null)),
    check ((state = 'AFGEWEZEN') = (rejection_reason is not null))
);
create index referral_owner on referral (owner_tenant_id, state);
create index referral_proposer on referral (proposer_tenant_id, state);
create index referral_employer on referral (employer_id, state);
create index referral_vacancy on referral (vacancy_id, state);
create index referral_file on referral (file_id);
-- One open referral per profile and vacancy.
create unique index referral_open on referral (profile_id, vacancy_id)
    where state in ('WACHT_OP_AKKOORD', 'VOORGESTELD', 'BEKEKEN', 'UITGENODIGD');
-- No candidate placed twice at once: two concurrent hires of one profile, the second fails here.
create unique index referral_placed on referral (profile_id) where state = 'AANGENOMEN';

alter table referral enable row level security;
alter table referral force row level security;
-- Whether the transaction's settings make it a party: the owning or proposing municipality, or a user (no tenant,
-- app.employer_id set) of the employer the candidate is proposed to.
create function referral_party(owner_tenant varchar, proposer_tenant varchar, employer bigint)
    returns boolean language sql stable
    as $$ select coalesce(owner_tenant = current_setting('app.tenant_id', true)
                          or proposer_tenant = current_setting('app.tenant_id', true)
                          or (coalesce(current_setting('app.tenant_id', true), '') = ''
                              and employer::text = current_setting('app.employer_id', true)), false) $$;
-- The employer does not see a referral before the owning municipality agreed to it.
create policy referral_read on referral for select
    using (region_id = current_setting('app.region_id', true)
           and referral_party(owner_tenant_id, proposer_tenant_id, employer_id)
           and (coalesce(current_setting('app.tenant_id', true), '') <> ''
                or state not in ('WACHT_OP_AKKOORD', 'NIET_AKKOORD')));
-- Only a municipality's consultant proposes, in the name of that municipality.
create policy referral_propose on referral for insert
    with check (region_id = current_setting('app.region_id', true)
                and proposer_tenant_id = current_setting('app.tenant_id', true)
                and state in ('WACHT_OP_AKKOORD', 'VOORGESTELD'));
create policy referral_move on referral for update
    using (region_id = current_setting('app.region_id', true)
           and referral_party(owner_tenant_id, proposer_tenant_id, employer_id))
    with check (region_id = current_setting('app.region_id', true)
                and referral_party(owner_tenant_id, proposer_tenant_id, employer_id));
-- Referrals are history: the portal never deletes one.
revoke delete, truncate on referral from ${app_role};
