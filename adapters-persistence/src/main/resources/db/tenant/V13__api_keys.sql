-- Personal API keys: a key is tnt_ + 256 random bits + the tenant's id, stored as the SHA-256 of
-- the whole key (a 256-bit random secret needs no stretching), with its first characters kept in
-- clear so people can tell their keys apart. A key belongs to a user and goes with them.

CREATE TABLE api_keys (
    id            uuid        PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          text        NOT NULL,
    prefix        text        NOT NULL,
    key_hash      text        NOT NULL CONSTRAINT api_keys_key_hash_key UNIQUE,
    -- Comma-separated role names the key is limited to; null acts with all the user's roles.
    roles         text        NULL,
    expires_at    timestamptz NULL,
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz NULL,
    revoked_at    timestamptz NULL
);

CREATE INDEX api_keys_user_idx ON api_keys (user_id, created_at DESC);
