package io.tenantry.domain.audit;

/** One row's place in a trail: its sequence number and its hash. */
public record ChainLink(long sequence, String hash) {}
