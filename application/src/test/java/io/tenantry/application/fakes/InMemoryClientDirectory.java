package io.tenantry.application.fakes;

import io.tenantry.domain.client.ClientDirectory;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code client_id → tenant} directory in a map. */
public final class InMemoryClientDirectory implements ClientDirectory {
  private final Map<ClientId, TenantId> tenants = new HashMap<>();

  @Override
  public void register(ClientId client, TenantId tenant) {
    if (tenants.putIfAbsent(client, tenant) != null) {
      throw new IllegalStateException("client id registered twice");
    }
  }

  @Override
  public void remove(ClientId client) {
    tenants.remove(client);
  }

  @Override
  public Optional<TenantId> tenantOf(ClientId client) {
    return Optional.ofNullable(tenants.get(client));
  }
}
