package io.tenantry.application.client;

import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientName;
import io.tenantry.domain.client.ClientType;
import io.tenantry.domain.client.RedirectUri;
import io.tenantry.domain.user.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the API shows of a client: never its secret or the secret's hash. */
public record ClientView(
    ClientId id,
    ClientName name,
    ClientType type,
    List<RedirectUri> redirectUris,
    List<RedirectUri> postLogoutRedirectUris,
    Set<Role> roles,
    Optional<String> audience,
    Instant createdAt,
    Instant updatedAt) {

  public static ClientView of(Client client) {
    return new ClientView(
        client.id(),
        client.name(),
        client.type(),
        client.redirectUris(),
        client.postLogoutRedirectUris(),
        client.roles(),
        client.audience(),
        client.createdAt(),
        client.updatedAt());
  }
}
