package io.tenantry.application.client;

import io.tenantry.application.event.ClientSecretRotated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientRepository;
import io.tenantry.domain.user.Permission;
import java.time.Clock;
import java.util.Optional;

/**
 * Gives a confidential or service client a new secret, shown once (permission {@code
 * clients:write}).
 */
public final class RotateClientSecret {
  private final UnitOfWork unitOfWork;
  private final ClientRepository clients;
  private final ManagedClients managed;
  private final SecureTokens secrets;
  private final DomainEvents events;
  private final Clock clock;

  public RotateClientSecret(
      UnitOfWork unitOfWork,
      ClientRepository clients,
      SecureTokens secrets,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.clients = clients;
    this.managed = new ManagedClients(clients);
    this.secrets = secrets;
    this.events = events;
    this.clock = clock;
  }

  public RegisteredClient rotate(Actor actor, ClientId id) {
    actor.require(Permission.CLIENTS_WRITE);
    String secret = secrets.newSecret();
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          Client client = managed.load(id);
          client.rotateSecret(TokenHash.of(secret), clock.instant());
          clients.save(client);
          events.publish(new ClientSecretRotated(actor.initiator(), actor.tenantId(), id));
          return new RegisteredClient(ClientView.of(client), Optional.of(secret));
        });
  }
}
