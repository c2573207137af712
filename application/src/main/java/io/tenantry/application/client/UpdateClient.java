package io.tenantry.application.client;

import io.tenantry.application.event.ClientUpdated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientRepository;
import io.tenantry.domain.user.Permission;
import java.time.Clock;

/** Changes a client's name, redirect URIs, roles or audience (permission {@code clients:write}). */
public final class UpdateClient {
  private final UnitOfWork unitOfWork;
  private final ClientRepository clients;
  private final ManagedClients managed;
  private final DomainEvents events;
  private final Clock clock;

  public UpdateClient(
      UnitOfWork unitOfWork, ClientRepository clients, DomainEvents events, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.clients = clients;
    this.managed = new ManagedClients(clients);
    this.events = events;
    this.clock = clock;
  }

  public ClientView update(Actor actor, ClientId id, ClientChanges changes) {
    actor.require(Permission.CLIENTS_WRITE);
    changes.roles().ifPresent(roles -> ManagedClients.requireGrantable(actor, roles));
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          Client client = managed.load(id);
          client.reconfigure(changes.applyTo(client.settings()), clock.instant());
          clients.save(client);
          events.publish(
              new ClientUpdated(actor.initiator(), actor.tenantId(), id, changes.fields()));
          return ClientView.of(client);
        });
  }
}
