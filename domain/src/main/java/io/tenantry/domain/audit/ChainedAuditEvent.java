package io.tenantry.domain.audit;

/** A stored audit event with its link in the tenant's hash chain. */
public record ChainedAuditEvent(AuditEvent event, String prevHash, String hash) {}
