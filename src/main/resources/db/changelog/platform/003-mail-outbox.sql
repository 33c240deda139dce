--liquibase formatted sql

--changeset werkbrug:platform-003
--comment: Developer outbox of the embedded default (werkbrug.mail.outbox=true): mail is stored here instead of sent.
create table mail_outbox (
    id         bigint generated always as identity primary key,
    region_id  varchar(40) not null references region (id),
    sent_at    timestamptz not null default now(),
    recipient  text not null,
    subject    text not null,
    body       text not null
);
create index mail_outbox_region_time on mail_outbox (region_id, sent_at desc);

alter table mail_outbox enable row level security;
alter table mail_outbox force row level security;
create policy region_isolation on mail_outbox
    using (region_id = current_setting('app.region_id', true))
    with check (region_id = current_setting('app.region_id', true));
