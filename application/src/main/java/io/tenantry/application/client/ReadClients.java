package io.tenantry.application.client;

import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientRepository;
import io.tenantry.domain.client.ClientSort;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.user.Permission;

/** Lists and reads the clients of the caller's tenant (permission {@code clients:write}). */
public final class ReadClients {
  private final UnitOfWork unitOfWork;
  private final ClientRepository clients;
  private final ManagedClients managed;

  public ReadClients(UnitOfWork unitOfWork, ClientRepository clients) {
    this.unitOfWork = unitOfWork;
    this.clients = clients;
    this.managed = new ManagedClients(clients);
  }

  public Page<ClientView> list(Actor actor, PageRequest<ClientSort> page) {
    actor.require(Permission.CLIENTS_WRITE);
    return unitOfWork.inTenant(actor.tenantRef(), () -> clients.list(page).map(ClientView::of));
  }

  public ClientView get(Actor actor, ClientId id) {
    actor.require(Permission.CLIENTS_WRITE);
    return unitOfWork.inTenant(actor.tenantRef(), () -> ClientView.of(managed.load(id)));
  }
}
