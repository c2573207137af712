package io.tenantry.rest.oauth;

import io.tenantry.application.oauth.OAuthException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The grant types {@code /oauth2/token} knows: every {@link TokenGrant} bean, by its name. */
@ApplicationScoped
public class TokenGrants {
  private final Map<String, TokenGrant> byType = new HashMap<>();

  @Inject
  TokenGrants(@Any Instance<TokenGrant> grants) {
    for (TokenGrant grant : grants) {
      if (byType.put(grant.grantType(), grant) != null) {
        throw new IllegalStateException("two grants for " + grant.grantType());
      }
    }
  }

  public TokenGrant forType(String grantType) {
    TokenGrant grant = byType.get(grantType);
    if (grant == null) {
      throw OAuthException.unsupportedGrantType();
    }
    return grant;
  }

  /** The supported grant types, for the discovery document. */
  public List<String> types() {
    return byType.keySet().stream().sorted().toList();
  }
}
