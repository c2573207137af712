package io.tenantry.persistence.client;

import io.tenantry.domain.client.ClientDirectory;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The {@code client_id → tenant} directory in {@code control.client_directory}. */
@ApplicationScoped
public class JpaClientDirectory implements ClientDirectory {

  @Override
  public void register(ClientId client, TenantId tenant) {
    ClientDirectoryEntity entry = new ClientDirectoryEntity();
    entry.clientId = client.value();
    entry.tenantId = tenant.value();
    entry.persist();
  }

  @Override
  public void remove(ClientId client) {
    ClientDirectoryEntity.deleteById(client.value());
  }

  @Override
  public Optional<TenantId> tenantOf(ClientId client) {
    return ClientDirectoryEntity.<ClientDirectoryEntity>findByIdOptional(client.value())
        .map(entry -> new TenantId(entry.tenantId));
  }
}
