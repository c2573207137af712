package io.tenantry.application.client;

import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.RoleRules;
import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientRepository;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.user.Role;
import java.util.Set;

/** Loads clients of the caller's tenant and checks what the caller may give them. */
final class ManagedClients {
  private final ClientRepository clients;

  ManagedClients(ClientRepository clients) {
    this.clients = clients;
  }

  /** The client, or {@code client_not_found} (also for another tenant's client). */
  Client load(ClientId id) {
    return clients.findById(id).orElseThrow(ManagedClients::notFound);
  }

  static NotFoundException notFound() {
    return new NotFoundException("client_not_found", "no such client");
  }

  /** A service client never acts with a role its creator could not grant. */
  static void requireGrantable(Actor actor, Set<Role> roles) {
    roles.forEach(role -> RoleRules.requireAssignable(actor, role));
  }
}
