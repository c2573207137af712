-- Which tenant an OAuth client_id belongs to, so that /oauth2/* finds a client's schema from its
-- opaque id alone. Written in the transaction that creates or deletes the client (same database);
-- dropped with its tenant.
CREATE TABLE client_directory (
    client_id  text PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE
);

CREATE INDEX client_directory_tenant_idx ON client_directory (tenant_id);
