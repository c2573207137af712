package io.tenantry.domain.client;

import io.tenantry.domain.tenant.TenantId;
import java.util.Optional;

/**
 * Which tenant a {@code client_id} belongs to, kept beside the tenant registry so that {@code
 * /oauth2/*} can find a client from its opaque id alone. Written in the unit of work that creates
 * or deletes the client, so the two never disagree.
 */
public interface ClientDirectory {
  void register(ClientId client, TenantId tenant);

  void remove(ClientId client);

  Optional<TenantId> tenantOf(ClientId client);
}
