--liquibase formatted sql

--changeset werkbrug:platform-005 splitStatements:false
--comment: A tamper-evident audit trail (issue 13, finding 10): every audit entry is sealed into a hash chain (SHA-256 over the previous link and the entry's own digest) by a job a minute after it is written, and a nightly job recomputes the whole chain. The portal's role can neither read the seals nor write them other than through the two SECURITY DEFINER functions, which return counts and hashes, never an entry. An entry changed, removed or moved to another seal after sealing breaks the chain from that seal on (ADR 0023).

create table audit_seal (
    id            bigint generated always as identity primary key,
    sealed_at     timestamptz not null default now(),
    events        integer not null check (events > 0),
    last_event_id bigint not null,
    chain_hash    bytea not null
);
-- Which seal holds an entry: entries whose transaction committed late (after a later id was sealed) are sealed
-- by the next run instead of breaking the chain. The foreign key stops deleting a sealed entry on its own.
create table audit_sealed (
    event_id bigint primary key references audit_event (id),
    seal_id  bigint not null references audit_seal (id)
);
create index audit_sealed_seal on audit_sealed (seal_id, event_id);
revoke all on audit_seal, audit_sealed from ${app_role};

-- The owner role reads every entry, for the functions below only (the portal's role never is the owner).
create policy audit_owner_reads on audit_event for select using (identity_owner_at_work());

-- An entry's digest: its columns as a JSON array (fixed order; the time as microseconds since the epoch, so the
-- session's time zone plays no part).
create function audit_event_digest(e audit_event) returns bytea
    language sql stable set search_path = pg_catalog, public
    as $$ select sha256(convert_to(json_build_array(e.id, (extract(epoch from e.occurred_at) * 1000000)::bigint,
                  e.region_id, e.tenant_id, e.actor, e.action, e.subject, e.detail, e.remote_address)::text, 'UTF8')) $$;

-- Seals up to p_max entries that no seal holds yet, in id order, continuing the chain from the last seal. Looks
-- back 10,000 ids before the last sealed one for entries committed late. Returns the new seal, or nothing.
create function audit_seal_pending(p_max integer)
    returns table (seal_id bigint, events integer, last_event_id bigint, chain_hash text)
    language plpgsql security definer set search_path = pg_catalog, public
    as $$
declare
    link bytea;
    ids bigint[] := '{}';
    entry record;
    sealed bigint;
begin
    perform pg_advisory_xact_lock(hashtext('werkbrug:audit-seal'));
    select s.chain_hash into link from public.audit_seal s order by s.id desc limit 1;
    link := coalesce(link, ''::bytea);
    for entry in
        select e.id, public.audit_event_digest(e) as digest from public.audit_event e
        where e.id > coalesce((select max(s.last_event_id) from public.audit_seal s), 0) - 10000
          and not exists (select 1 from public.audit_sealed x where x.event_id = e.id)
        order by e.id limit p_max
    loop
        link := sha256(link || entry.digest);
        ids := ids || entry.id;
    end loop;
    if cardinality(ids) = 0 then
        return;
    end if;
    insert into public.audit_seal (events, last_event_id, chain_hash)
        values (cardinality(ids), ids[cardinality(ids)], link) returning id into sealed;
    insert into public.audit_sealed (event_id, seal_id) select unnest(ids), sealed;
    return query select sealed, cardinality(ids), ids[cardinality(ids)], encode(link, 'hex');
end
$$;

-- Recomputes the chain over every seal in order: the first seal whose entries no longer give its hash (or its
-- count), or null when the whole chain holds; with how many seals and entries were checked.
create function audit_verify_chain()
    returns table (broken_seal bigint, seals integer, events bigint)
    language plpgsql stable security definer set search_path = pg_catalog, public
    as $$
declare
    link bytea := ''::bytea;
    seal record;
    entry record;
    counted integer;
    checked_seals integer := 0;
    checked_events bigint := 0;
begin
    for seal in select s.id, s.events, s.chain_hash from public.audit_seal s order by s.id loop
        counted := 0;
        for entry in
            select public.audit_event_digest(e) as digest from public.audit_sealed x
            join public.audit_event e on e.id = x.event_id where x.seal_id = seal.id order by e.id
        loop
            link := sha256(link || entry.digest);
            counted := counted + 1;
        end loop;
        checked_seals := checked_seals + 1;
        checked_events := checked_events + counted;
        if counted <> seal.events or link <> seal.chain_hash then
            return query select seal.id, checked_seals, checked_events;
            return;
        end if;
    end loop;
    return query select null::bigint, checked_seals, checked_events;
end
$$;
revoke all on function audit_event_digest(audit_event), audit_seal_pending(integer), audit_verify_chain() from public;
grant execute on function audit_seal_pending(integer), audit_verify_chain() to ${app_role};
