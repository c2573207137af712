package io.tenantry.application.audit;

/** The audit list's query parameters as received; parsed and checked by {@link AuditService}. */
public record SearchAuditQuery(
    String type, String actorId, String from, String to, Integer page, Integer size, String sort) {}
