package io.tenantry.application.client;

import io.tenantry.application.event.ClientDeleted;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.ClientDirectory;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientRepository;
import io.tenantry.domain.user.Permission;

/**
 * Removes a client and its directory entry (permission {@code clients:write}): its secret, its
 * refresh tokens and its client credentials tokens stop working.
 */
public final class DeleteClient {
  private final UnitOfWork unitOfWork;
  private final ClientRepository clients;
  private final ClientDirectory directory;
  private final ManagedClients managed;
  private final DomainEvents events;

  public DeleteClient(
      UnitOfWork unitOfWork,
      ClientRepository clients,
      ClientDirectory directory,
      DomainEvents events) {
    this.unitOfWork = unitOfWork;
    this.clients = clients;
    this.directory = directory;
    this.managed = new ManagedClients(clients);
    this.events = events;
  }

  public void delete(Actor actor, ClientId id) {
    actor.require(Permission.CLIENTS_WRITE);
    unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          Client client = managed.load(id);
          clients.delete(id);
          directory.remove(id);
          events.publish(new ClientDeleted(actor.initiator(), actor.tenantId(), id, client.name()));
        });
  }
}
