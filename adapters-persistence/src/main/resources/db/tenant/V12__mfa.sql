-- Multi-factor authentication: a TOTP factor per user and its single-use recovery codes.
-- Numbered 12 so that it does not collide with migrations written at the same time elsewhere.

-- Whether a confirmed second factor guards the account (what the user resource shows).
ALTER TABLE users ADD COLUMN mfa_enabled boolean NOT NULL DEFAULT false;

CREATE TABLE mfa_totp_factors (
    user_id        uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    -- AES-256-GCM under a key kept outside the database (app.mfa.secret-key): a dump alone
    -- does not reveal the secret.
    sealed_secret  text        NOT NULL,
    created_at     timestamptz NOT NULL,
    -- Null while the enrolment waits for its first code.
    confirmed_at   timestamptz,
    -- The last RFC 6238 time step a code was accepted for: no code is accepted twice.
    last_used_step bigint      NOT NULL DEFAULT -1
);

-- Only the SHA-256 of a recovery code is stored.
CREATE TABLE mfa_recovery_codes (
    id         uuid        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  text        NOT NULL,
    created_at timestamptz NOT NULL,
    used_at    timestamptz,
    UNIQUE (user_id, code_hash)
);
