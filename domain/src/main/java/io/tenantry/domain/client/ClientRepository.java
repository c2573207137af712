package io.tenantry.domain.client;

import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import java.util.Optional;

/** The clients of the current tenant. */
public interface ClientRepository {
  void save(Client client);

  Optional<Client> findById(ClientId id);

  Page<Client> list(PageRequest<ClientSort> page);

  void delete(ClientId id);
}
