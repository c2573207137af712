-- Authorization codes of the OAuth 2.0 code flow: hashed at rest, single use, short-lived. Bound
-- to the client, redirect URI and PKCE challenge they were issued for; issued_session is the
-- session their exchange started, ended again if the code is replayed.

CREATE TABLE authorization_codes (
    id              uuid        PRIMARY KEY,
    code_hash       text        NOT NULL UNIQUE,
    client_id       text        NOT NULL,
    redirect_uri    text        NOT NULL,
    code_challenge  text        NOT NULL,
    nonce           text,
    scope           text        NOT NULL,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    browser_session uuid        NOT NULL,
    auth_time       timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    used_at         timestamptz,
    issued_session  uuid
);

CREATE INDEX authorization_codes_expiry_idx ON authorization_codes (expires_at);
