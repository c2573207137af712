package io.tenantry.application.auth;

import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.Scope;
import java.util.Objects;
import java.util.Optional;

/**
 * To which client, with which scope and for which extra audience tokens are issued. The JSON login
 * API is the built-in client {@link ClientId#API} with {@link Scope#API}.
 */
public record ClientGrant(ClientId client, Scope scope, Optional<String> audience) {
  public static final ClientGrant API = new ClientGrant(ClientId.API, Scope.API, Optional.empty());

  public ClientGrant {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(audience, "audience");
  }

  /** Tokens for a registered client, with its own audience if it has one. */
  public static ClientGrant of(Client client, Scope scope) {
    return new ClientGrant(client.id(), scope, client.audience());
  }

  public boolean isApi() {
    return client.equals(ClientId.API);
  }
}
