package io.tenantry.application.oauth;

import io.tenantry.application.client.FindClient;
import io.tenantry.application.client.TenantClient;
import io.tenantry.domain.auth.TokenHash;
import java.util.Optional;

/**
 * Authenticates a client at {@code /oauth2/*}: a confidential or service client by its secret
 * (compared in constant time), a public client by its id alone and only without a secret. Every
 * failure is the same {@code invalid_client}; so is a client of a suspended tenant, except at
 * introspection.
 */
public final class AuthenticateClient {
  private final FindClient clients;

  public AuthenticateClient(FindClient clients) {
    this.clients = clients;
  }

  public TenantClient authenticate(String clientId, Optional<String> secret) {
    TenantClient client = verify(clientId, secret);
    if (!client.tenant().isActive()) {
      throw OAuthException.invalidClient();
    }
    return client;
  }

  /**
   * The same, for endpoints only confidential and service clients may call (introspection). A
   * client of a suspended tenant still authenticates here, so that its resource servers learn that
   * the tenant's tokens are inactive rather than meeting an error.
   */
  public TenantClient authenticateConfidential(String clientId, Optional<String> secret) {
    TenantClient client = verify(clientId, secret);
    if (!client.client().type().hasSecret()) {
      throw OAuthException.invalidClient();
    }
    return client;
  }

  private TenantClient verify(String clientId, Optional<String> secret) {
    Optional<TenantClient> found = clients.byClientId(clientId);
    if (found.isEmpty()) {
      // Hash anyway, so an unknown client answers in about the time of a wrong secret.
      secret.ifPresent(TokenHash::of);
      throw OAuthException.invalidClient();
    }
    TenantClient client = found.get();
    boolean authenticated =
        client.client().type().hasSecret()
            ? client.client().secretMatches(secret.orElse(null))
            : secret.isEmpty();
    if (!authenticated) {
      throw OAuthException.invalidClient();
    }
    return client;
  }
}
