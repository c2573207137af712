package io.tenantry.persistence.client;

import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.client.Client;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientName;
import io.tenantry.domain.client.ClientSettings;
import io.tenantry.domain.client.ClientType;
import io.tenantry.domain.client.RedirectUri;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Role;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Maps between clients and their rows. */
final class ClientMapper {

  private ClientMapper() {}

  static Client toDomain(ClientEntity e, TenantId tenant) {
    return Client.restore(
        new ClientId(e.id),
        tenant,
        ClientType.byWireName(e.type),
        new ClientSettings(
            new ClientName(e.name),
            uris(e.redirectUris),
            uris(e.postLogoutRedirectUris),
            Arrays.stream(e.roles).map(Role::new).collect(Collectors.toSet()),
            e.audience),
        e.secretHash == null ? null : new TokenHash(e.secretHash),
        e.createdAt,
        e.updatedAt);
  }

  static ClientEntity toNewEntity(Client client) {
    ClientEntity e = new ClientEntity();
    e.id = client.id().value();
    e.type = client.type().wireName();
    e.createdAt = client.createdAt();
    copyState(client, e);
    return e;
  }

  static void copyState(Client client, ClientEntity e) {
    e.name = client.name().value();
    e.secretHash = client.secretHash().map(TokenHash::hex).orElse(null);
    e.redirectUris = strings(client.redirectUris());
    e.postLogoutRedirectUris = strings(client.postLogoutRedirectUris());
    e.roles = client.roles().stream().map(Role::name).sorted().toArray(String[]::new);
    e.audience = client.audience().orElse(null);
    e.updatedAt = client.updatedAt();
  }

  private static List<RedirectUri> uris(String[] values) {
    return Arrays.stream(values).map(RedirectUri::new).toList();
  }

  private static String[] strings(List<RedirectUri> uris) {
    return uris.stream().map(RedirectUri::value).toArray(String[]::new);
  }
}
