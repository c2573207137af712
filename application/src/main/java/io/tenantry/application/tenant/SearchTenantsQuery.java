package io.tenantry.application.tenant;

/** The tenant list as a platform admin asked for it; parsed and checked by the service. */
public record SearchTenantsQuery(
    String text, String status, Integer page, Integer size, String sort) {}
