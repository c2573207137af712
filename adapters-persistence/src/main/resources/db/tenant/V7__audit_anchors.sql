-- Signed heads of the audit chain (see AuditAnchorKey): the MAC is made with a key kept outside
-- the database, so cutting the tail of audit_events below the newest anchor, or writing an anchor
-- without the key, shows in verification. Rows are only ever inserted.

CREATE TABLE audit_anchors (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seq         bigint      NOT NULL,
    hash        text        NOT NULL,
    anchored_at timestamptz NOT NULL,
    mac         text        NOT NULL
);
