--liquibase formatted sql

--changeset werkbrug:platform-006 splitStatements:false
--comment: Retention of anonymous audit noise (issue 13, finding 10): failed logins not tied to a municipality are removed after a configured term without breaking the hash chain of ADR 0023. A pruned entry leaves its digest in audit_sealed, so the verification still recomputes every seal; an entry removed any other way (no digest kept) still breaks the chain at its seal. Only the owner, through audit_prune_anonymous, removes entries, and only sealed failed logins without a municipality.

-- A pruned entry's row in audit_sealed outlives the entry: the foreign key gives way to the digest kept here.
alter table audit_sealed drop constraint audit_sealed_event_id_fkey;
alter table audit_sealed add column pruned_digest bytea;
create policy audit_owner_prunes on audit_event for delete using (identity_owner_at_work());

-- Removes up to p_max sealed failed logins without a municipality that happened before p_before, keeping each one's
-- digest with its seal. Returns how many.
create function audit_prune_anonymous(p_before timestamptz, p_max integer) returns integer
    language plpgsql security definer set search_path = pg_catalog, public
    as $$
declare
    pruned integer;
begin
    perform pg_advisory_xact_lock(hashtext('werkbrug:audit-seal'));
    with due as (
        select e.id, public.audit_event_digest(e) as digest from public.audit_event e
        join public.audit_sealed x on x.event_id = e.id
        where e.action = 'LOGIN_FAILED' and e.tenant_id is null and e.occurred_at < p_before
        order by e.id limit p_max
    ), kept as (
        update public.audit_sealed x set pruned_digest = due.digest from due where x.event_id = due.id
        returning x.event_id
    )
    delete from public.audit_event e using kept where e.id = kept.event_id;
    get diagnostics pruned = row_count;
    return pruned;
end
$$;

-- As in platform-005, with a pruned entry's kept digest in place of the entry; a missing entry without one makes
-- the link null, which matches no seal.
create or replace function audit_verify_chain()
    returns table (broken_seal bigint, seals integer, events bigint)
    language plpgsql stable security definer set search_path = pg_catalog, public
    as $$
declare
    chain bytea := ''::bytea;
    s record;
    verified_seals integer := 0;
    verified_events bigint := 0;
    in_seal integer;
    digest bytea;
begin
    for s in select a.id, a.events, a.chain_hash from public.audit_seal a order by a.id loop
        in_seal := 0;
        for digest in
            select case when e.id is null then x.pruned_digest else public.audit_event_digest(e) end
            from public.audit_sealed x left join public.audit_event e on e.id = x.event_id
            where x.seal_id = s.id order by x.event_id
        loop
            chain := sha256(chain || digest);
            in_seal := in_seal + 1;
        end loop;
        verified_seals := verified_seals + 1;
        verified_events := verified_events + in_seal;
        if in_seal <> s.events or chain is distinct from s.chain_hash then
            return query select s.id, verified_seals, verified_events;
            return;
        end if;
    end loop;
    return query select null::bigint, verified_seals, verified_events;
end
$$;
revoke all on function audit_prune_anonymous(timestamptz, integer) from public;
grant execute on function audit_prune_anonymous(timestamptz, integer) to ${app_role};
