--liquibase formatted sql

--changeset werkbrug:platform-004
--comment: Spring Modulith 2.1.1's event publication registry (schemas/v2/schema-postgresql.sql of spring-modulith-events-jdbc, copied; Modulith's own schema initialization is off). A publication is written in the transaction that publishes the event and deleted when its listener completes (completion mode DELETE), so only incomplete publications stay. Events carry ids, tenant and region, never personal data; the table has no tenant column, so no RLS: only the portal's event machinery reads it.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
--comment: The portal writes a publication, marks attempts and deletes it on completion: exactly the DML the registry uses.
revoke all on event_publication from ${app_role};
grant select, insert, update, delete on event_publication to ${app_role};
