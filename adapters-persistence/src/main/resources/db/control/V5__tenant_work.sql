-- Tenants with background work waiting (issue #10): the jobs that anchored every audit trail and
-- looked into every webhook outbox visit only the tenants marked here. The audit and webhook
-- adapters renew a tenant's mark (insert, or version + 1) in the same transaction as the row that
-- makes the work; a job reads the marks, does the work, then deletes a mark only if its version is
-- still the one it read. Keyed by schema name: the writers know their schema (current_schema()).
-- One row per tenant and kind at most, updated in place (HOT: no indexed column changes).
CREATE TABLE control.tenant_work (
    kind        text   NOT NULL,
    schema_name text   NOT NULL,
    version     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, schema_name)
) WITH (fillfactor = 50);

-- Work written before this migration carries no mark: every tenant is visited once, as every pass
-- did before, and then only when marked again.
INSERT INTO control.tenant_work (kind, schema_name)
SELECT kind, schema_name
  FROM control.tenants CROSS JOIN (VALUES ('audit_trail'), ('webhook_outbox')) AS kinds (kind);
