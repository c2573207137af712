package io.tenantry.persistence.client;

import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientRepository;
import io.tenantry.domain.client.ClientSort;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.persistence.shared.Pages;
import io.tenantry.persistence.shared.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The clients in the {@code clients} table of the bound tenant's schema. */
@ApplicationScoped
public class JpaClientRepository implements ClientRepository {

  private static final Map<ClientSort, String> SORT_ATTRIBUTES =
      Map.of(ClientSort.NAME, "name", ClientSort.CREATED_AT, "createdAt");

  @Inject TenantContext context;

  @Override
  public void save(Client client) {
    ClientEntity entity = ClientEntity.findById(client.id().value());
    if (entity == null) {
      ClientMapper.toNewEntity(client).persist();
    } else {
      ClientMapper.copyState(client, entity);
    }
  }

  @Override
  public Optional<Client> findById(ClientId id) {
    return ClientEntity.<ClientEntity>findByIdOptional(id.value())
        .map(e -> ClientMapper.toDomain(e, context.currentTenantId()));
  }

  @Override
  public Page<Client> list(PageRequest<ClientSort> page) {
    List<Client> items =
        ClientEntity.<ClientEntity>findAll(Pages.sortOf(page, SORT_ATTRIBUTES))
            .range(page.offset(), Pages.lastIndex(page))
            .list()
            .stream()
            .map(e -> ClientMapper.toDomain(e, context.currentTenantId()))
            .toList();
    return new Page<>(items, page.page(), page.size(), ClientEntity.count());
  }

  @Override
  public void delete(ClientId id) {
    ClientEntity.deleteById(id.value());
  }
}
