package io.tenantry.application.client;

import io.tenantry.application.event.ClientCreated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.ClientDirectory;
import io.tenantry.domain.client.ClientRepository;
import io.tenantry.domain.client.ClientSettings;
import io.tenantry.domain.client.ClientType;
import io.tenantry.domain.user.Permission;
import java.time.Clock;
import java.util.Optional;

/**
 * Registers an OAuth client with the caller's tenant (permission {@code clients:write}); the
 * directory entry that lets {@code /oauth2/*} find it commits in the same transaction.
 */
public final class RegisterClient {
  private final UnitOfWork unitOfWork;
  private final ClientRepository clients;
  private final ClientDirectory directory;
  private final SecureTokens secrets;
  private final DomainEvents events;
  private final Clock clock;

  public RegisterClient(
      UnitOfWork unitOfWork,
      ClientRepository clients,
      ClientDirectory directory,
      SecureTokens secrets,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.clients = clients;
    this.directory = directory;
    this.secrets = secrets;
    this.events = events;
    this.clock = clock;
  }

  public RegisteredClient register(Actor actor, ClientType type, ClientSettings settings) {
    actor.require(Permission.CLIENTS_WRITE);
    ManagedClients.requireGrantable(actor, settings.roles());
    Optional<String> secret =
        type.hasSecret() ? Optional.of(secrets.newSecret()) : Optional.empty();
    Client client =
        Client.register(
            actor.tenantId(),
            type,
            settings,
            secret.map(TokenHash::of).orElse(null),
            clock.instant());
    return unitOfWork.inTenant(
        actor.tenantRef(),
        () -> {
          clients.save(client);
          directory.register(client.id(), actor.tenantId());
          events.publish(
              new ClientCreated(
                  actor.initiator(), actor.tenantId(), client.id(), client.name(), type));
          return new RegisteredClient(ClientView.of(client), secret);
        });
  }
}
