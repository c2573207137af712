-- Webhook endpoints and their outbox. A delivery row is written in the transaction of the change it
-- reports (so a rolled-back change sends nothing) and sent by the dispatcher, retried with backoff,
-- then marked delivered or failed; its id is the webhook-id of every try.

CREATE TABLE webhooks (
    id                     uuid        PRIMARY KEY,
    url                    text        NOT NULL,
    -- Comma-separated event types, or '*'.
    events                 text        NOT NULL,
    enabled                boolean     NOT NULL,
    -- whsec_<base64>: read back to sign, so stored as given (see docs/api/webhooks.md).
    secret                 text        NOT NULL,
    previous_secret        text        NULL,
    previous_secret_until  timestamptz NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);

CREATE TABLE webhook_deliveries (
    id                 uuid        PRIMARY KEY,
    webhook_id         uuid        NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    type               text        NOT NULL,
    payload            text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts           int         NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz NULL,
    created_at         timestamptz NOT NULL,
    last_attempt_at    timestamptz NULL,
    last_status_code   int         NULL,
    last_duration_ms   bigint      NULL,
    last_error         text        NULL
);

-- The dispatcher's claim: the oldest due pending delivery.
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at)
    WHERE status = 'pending';
-- The delivery log of one endpoint, newest first.
CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, created_at DESC);
