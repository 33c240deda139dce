--liquibase formatted sql

--changeset werkbrug:pool-004
--comment: The employers' freshness term counts Dutch calendar days (DutchTime, like the portal's clock), not the day of the database session's time zone: with a UTC session, current_date lagged the Dutch day for one or two hours after midnight.
drop policy pool_audience on pool_profile;
create policy pool_audience on pool_profile for select
    using (region_id = current_setting('app.region_id', true)
           and (tenant_id = current_setting('app.tenant_id', true)
                or (coalesce(current_setting('app.tenant_id', true), '') <> '' and consent_consultants)
                or (coalesce(current_setting('app.tenant_id', true), '') = ''
                    and coalesce(current_setting('app.employer_id', true), '') <> ''
                    and consent_employers
                    and employer_visible_until >= (now() at time zone 'Europe/Amsterdam')::date)));
