-- Token buckets of the per-client-IP rate limit on /api/v1/auth/*, shared by every replica
-- (Bucket4j's PostgreSQL backend: one row per client, locked with SELECT ... FOR UPDATE).
CREATE TABLE rate_limit_buckets (
    id         text   PRIMARY KEY,
    state      bytea,
    -- Epoch milliseconds after which the bucket is full again and the row can be dropped.
    expires_at bigint
);

CREATE INDEX rate_limit_buckets_expires_at_idx ON rate_limit_buckets (expires_at);
