-- Refresh at lower PostgreSQL cost (issue #10). A rotation marks the used token (rotated_at) and
-- inserts its successor. refresh_tokens_live_idx named rotated_at and revoked_at in its predicate,
-- so that UPDATE could never be HOT: the old row's new version went into every index, and the
-- successor into every index again. Now no index mentions rotated_at or revoked_at, and pages keep
-- 10 % free, so the mark stays on its page (heap-only) and only the successor's insert touches
-- indexes: the primary key, token_hash, family and user.

ALTER TABLE refresh_tokens SET (fillfactor = 90);

DROP INDEX refresh_tokens_live_idx;

-- A user's sessions, found from the first token of each (issued when the session started: login
-- sets both from one instant, V6 back-filled session_started_at from the family's first token). A
-- successor never matches the predicate, so a refresh adds nothing here; one entry per login.
CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (user_id, session_expires_at)
    WHERE issued_at = session_started_at;

-- A session's usable token is its newest unrotated one: walked newest first from here.
DROP INDEX refresh_tokens_family_idx;
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id, issued_at DESC);
