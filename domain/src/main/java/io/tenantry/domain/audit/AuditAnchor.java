package io.tenantry.domain.audit;

import java.time.Instant;

/**
 * A signed record of a trail's head at one moment: the sequence number and hash of its newest row,
 * with an HMAC over both (and the tenant) made with a key the database never sees.
 */
public record AuditAnchor(long sequence, String hash, Instant anchoredAt, String mac) {}
