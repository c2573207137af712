-- Schema "control": the tenant registry and tables shared by all tenants.
-- Flyway (quarkus-flyway, migrate-at-start) runs this with default schema "control".

CREATE TABLE tenants (
    id                uuid        PRIMARY KEY,
    -- The constraint name is matched by the persistence adapter to report "slug_taken".
    slug              text        NOT NULL CONSTRAINT tenants_slug_key UNIQUE,
    name              text        NOT NULL,
    -- Lower-case so that the values read the same in SQL as in the API.
    status            text        NOT NULL CHECK (status IN ('active', 'suspended')),
    self_registration boolean     NOT NULL DEFAULT false,
    -- The PostgreSQL schema holding the tenant's data, t_<slug>.
    schema_name       text        NOT NULL UNIQUE,
    -- Highest tenant migration applied; start-up migrates only schemas that are behind.
    schema_version    int         NOT NULL,
    settings          jsonb       NOT NULL DEFAULT '{}',
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0
);

-- Written in the same transaction as the change that sends the mail; a dispatcher delivers it
-- after commit, so a mail is neither lost when SMTP is down nor sent for a rolled-back change.
CREATE TABLE mail_outbox (
    id              uuid        PRIMARY KEY,
    -- Null for platform mail that belongs to no tenant.
    tenant_id       uuid        NULL,
    recipient       text        NOT NULL,
    template        text        NOT NULL,
    -- The template values; they may hold a one-time link, so they are scrubbed once sent.
    payload         jsonb       NOT NULL DEFAULT '{}',
    status          text        NOT NULL DEFAULT 'pending',
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz
);

-- The dispatcher polls for due, pending mail.
CREATE INDEX mail_outbox_status_next_attempt_idx ON mail_outbox (status, next_attempt_at);
