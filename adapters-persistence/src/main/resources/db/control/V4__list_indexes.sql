-- Lists at scale (issue #10): trigram search and an index per sort key of the tenant list.
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension from PostgreSQL 13: the
-- database owner (or any role with CREATE on the database) may create it, no superuser needed.
-- It is created once per database, in the schema this service owns; an operator who installed it
-- already (in any schema) keeps theirs. Tenant migrations (V20) find its schema in pg_extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA control;

-- q matches lower(slug) or lower(name) with LIKE '%…%': GIN trigram indexes on the same
-- expressions answer it without reading every row. The operator class is qualified with the
-- extension's schema, whichever that is.
DO $$
DECLARE
    trgm text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                  WHERE e.extname = 'pg_trgm');
BEGIN
    EXECUTE format('CREATE INDEX tenants_slug_trgm_idx ON control.tenants USING gin (lower(slug) %I.gin_trgm_ops)', trgm);
    EXECUTE format('CREATE INDEX tenants_name_trgm_idx ON control.tenants USING gin (lower(name) %I.gin_trgm_ops)', trgm);
END
$$;

-- Every sort key with the id tie-breaker the list orders by (slug is unique already).
CREATE INDEX tenants_name_id_idx ON control.tenants (name, id);
CREATE INDEX tenants_status_id_idx ON control.tenants (status, id);
CREATE INDEX tenants_created_at_id_idx ON control.tenants (created_at, id);
