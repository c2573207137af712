-- Sessions: a session is one login's chain of refresh tokens, its id the family id (the access
-- token's sid claim). Every link carries what the chain shares (when it started, its absolute end,
-- the user's security version at login, the OAuth client) and where it was requested from.

ALTER TABLE refresh_tokens
    ADD COLUMN session_started_at  timestamptz,
    ADD COLUMN session_expires_at  timestamptz,
    ADD COLUMN security_version    bigint,
    ADD COLUMN client_id           text,
    ADD COLUMN ip                  text,
    ADD COLUMN user_agent          text;

-- Chains from before: started with their first link, end 90 days after it (the default absolute
-- lifetime), and belong to the user's current security version (older ones were revoked with it).
UPDATE refresh_tokens t
   SET session_started_at = f.started,
       session_expires_at = f.started + interval '90 days',
       security_version   = u.security_version
  FROM (SELECT family_id, min(issued_at) AS started FROM refresh_tokens GROUP BY family_id) f,
       users u
 WHERE f.family_id = t.family_id
   AND u.id = t.user_id;

ALTER TABLE refresh_tokens
    ALTER COLUMN session_started_at SET NOT NULL,
    ALTER COLUMN session_expires_at SET NOT NULL,
    ALTER COLUMN security_version   SET NOT NULL;

-- The live head of each session (listed per user, read by the per-request session check).
CREATE INDEX refresh_tokens_live_idx ON refresh_tokens (user_id, issued_at DESC)
    WHERE rotated_at IS NULL AND revoked_at IS NULL;

-- Issuing or using a reset link retires the user's other unused links of that purpose.
CREATE INDEX one_time_tokens_unused_idx ON one_time_tokens (user_id, purpose)
    WHERE used_at IS NULL;
