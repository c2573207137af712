package io.tenantry.application.fakes;

import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientRepository;
import io.tenantry.domain.client.ClientSort;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.tenant.TenantSlug;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Clients kept per tenant slug; stores copies so that only saves count. */
public final class InMemoryClientRepository implements ClientRepository {
  private final InMemoryUnitOfWork unitOfWork;
  private final Map<TenantSlug, Map<ClientId, Client>> byTenant = new HashMap<>();

  public InMemoryClientRepository(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void save(Client client) {
    clients().put(client.id(), copy(client));
  }

  @Override
  public Optional<Client> findById(ClientId id) {
    return Optional.ofNullable(clients().get(id)).map(InMemoryClientRepository::copy);
  }

  @Override
  public Page<Client> list(PageRequest<ClientSort> page) {
    Comparator<Client> order =
        page.sort().field() == ClientSort.NAME
            ? Comparator.comparing(c -> c.name().value())
            : Comparator.comparing(Client::createdAt);
    List<Client> all =
        clients().values().stream()
            .sorted(page.sort().ascending() ? order : order.reversed())
            .toList();
    List<Client> items =
        all.stream()
            .skip(page.offset())
            .limit(page.size())
            .map(InMemoryClientRepository::copy)
            .toList();
    return new Page<>(items, page.page(), page.size(), all.size());
  }

  @Override
  public void delete(ClientId id) {
    clients().remove(id);
  }

  private Map<ClientId, Client> clients() {
    return byTenant.computeIfAbsent(unitOfWork.currentTenant(), t -> new LinkedHashMap<>());
  }

  private static Client copy(Client c) {
    return Client.restore(
        c.id(),
        c.tenantId(),
        c.type(),
        c.settings(),
        c.secretHash().orElse(null),
        c.createdAt(),
        c.updatedAt());
  }
}
