-- The tenant's audit trail. Actor and target are copied as values, not foreign keys, so the
-- trail survives the deletion of the users it mentions.

CREATE TABLE audit_events (
    id          uuid        PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    type        text        NOT NULL,
    actor_id    uuid,
    actor_email text,
    target_type text,
    target_id   text,
    ip          text,
    user_agent  text,
    trace_id    text,
    details     jsonb       NOT NULL DEFAULT '{}'
);

-- The audit API lists newest first and filters by type.
CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at);
CREATE INDEX audit_events_type_idx ON audit_events (type);
