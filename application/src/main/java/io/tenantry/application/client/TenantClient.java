package io.tenantry.application.client;

import io.tenantry.domain.client.Client;
import io.tenantry.domain.tenant.TenantSnapshot;

/** A client together with the tenant it belongs to, as {@code /oauth2/*} finds it. */
public record TenantClient(TenantSnapshot tenant, Client client) {}
