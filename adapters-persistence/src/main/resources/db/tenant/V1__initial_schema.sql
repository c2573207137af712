-- One tenant's schema (t_<slug>): its users. Tables are unqualified; Flyway runs this with the
-- tenant's schema as default schema.

CREATE TABLE users (
    id              uuid        PRIMARY KEY,
    -- Stored lower-cased by the domain (Email), so a plain unique constraint is case-insensitive.
    -- The constraint name is matched by the persistence adapter to report "email_taken".
    email           text        NOT NULL CONSTRAINT users_email_key UNIQUE,
    display_name    text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('active', 'invited', 'disabled')),
    email_verified  boolean     NOT NULL DEFAULT false,
    -- Null while an invitation is pending.
    password_hash   text        NULL,
    -- Bumped to invalidate every access token issued before.
    security_version bigint     NOT NULL DEFAULT 0,
    failed_logins   int         NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 0
);

-- The user directory searches and sorts by display name case-insensitively.
CREATE INDEX users_display_name_lower_idx ON users (lower(display_name));
