-- Lists at scale (issue #10): trigram search over e-mail and display name, and an index per sort
-- key (with the id tie-breaker the lists order by) of the user directory and the audit trail.

-- q matches lower(email) or lower(display_name) with LIKE '%…%': GIN trigram indexes on the same
-- expressions. pg_trgm is created once per database by control migration V4; its schema is looked
-- up here because a tenant's search_path holds only the tenant's schema.
DO $$
DECLARE
    trgm text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                  WHERE e.extname = 'pg_trgm');
BEGIN
    IF trgm IS NULL THEN
        RAISE EXCEPTION 'the pg_trgm extension is missing: control migration V4 creates it';
    END IF;
    EXECUTE format('CREATE INDEX users_email_trgm_idx ON users USING gin (lower(email) %I.gin_trgm_ops)', trgm);
    EXECUTE format('CREATE INDEX users_display_name_trgm_idx ON users USING gin (lower(display_name) %I.gin_trgm_ops)', trgm);
END
$$;

-- User directory sort keys; email is unique already (users_email_key).
CREATE INDEX users_display_name_id_idx ON users (display_name, id);
CREATE INDEX users_status_id_idx ON users (status, id);
CREATE INDEX users_created_at_id_idx ON users (created_at, id);
CREATE INDEX users_last_login_at_id_idx ON users (last_login_at, id);

-- Audit trail: newest first by default, optionally filtered by type or actor; the new indexes
-- carry the id tie-breaker and replace the single-column ones they start with.
CREATE INDEX audit_events_occurred_at_id_idx ON audit_events (occurred_at, id);
CREATE INDEX audit_events_type_id_idx ON audit_events (type, id);
CREATE INDEX audit_events_type_occurred_at_id_idx ON audit_events (type, occurred_at, id);
CREATE INDEX audit_events_actor_occurred_at_id_idx ON audit_events (actor_id, occurred_at, id);
DROP INDEX audit_events_occurred_at_idx;
DROP INDEX audit_events_type_idx;
DROP INDEX audit_events_actor_idx;
