-- Pages sessions: a browser signed in to the hosted pages (/account). Only the SHA-256 of the
-- cookie is stored; session_id is the Tenantry session (the refresh-token family, the sid claim)
-- it is bound to, so that revoking that session ends the pages session as well.

CREATE TABLE page_sessions (
    id           uuid        PRIMARY KEY,
    token_hash   text        NOT NULL UNIQUE,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id   uuid        NOT NULL,
    created_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL
);

CREATE INDEX page_sessions_user_idx ON page_sessions (user_id);
