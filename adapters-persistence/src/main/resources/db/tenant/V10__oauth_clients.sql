-- OAuth 2.0 / OpenID Connect clients of the tenant. Only the SHA-256 of a client's secret is kept
-- (the secret is 256 random bits, shown once). Redirect URIs are kept exactly as registered.
CREATE TABLE clients (
    client_id                  text        PRIMARY KEY,
    name                       text        NOT NULL,
    type                       text        NOT NULL CHECK (type IN ('public', 'confidential', 'service')),
    secret_hash                text,
    redirect_uris              text[]      NOT NULL DEFAULT '{}',
    post_logout_redirect_uris  text[]      NOT NULL DEFAULT '{}',
    roles                      text[]      NOT NULL DEFAULT '{}',
    audience                   text,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    CHECK ((type = 'public') = (secret_hash IS NULL))
);

CREATE INDEX clients_created_at_idx ON clients (created_at DESC);

-- The scope a session was granted; its refreshed access tokens carry the same.
ALTER TABLE refresh_tokens ADD COLUMN scope text;
