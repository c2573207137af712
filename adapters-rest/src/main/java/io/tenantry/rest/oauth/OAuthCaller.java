package io.tenantry.rest.oauth;

import io.tenantry.application.UseCases;
import io.tenantry.application.client.TenantClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What every client-authenticated {@code /oauth2/*} endpoint does first: read the form, read how
 * the client authenticates (RFC 6749 §2.3) and authenticate it; then the endpoint answers for that
 * client. Refusals, the client's included, are answered as RFC 6749 errors.
 */
@ApplicationScoped
public class OAuthCaller {
  @Inject UseCases useCases;

  /** What an endpoint does once its client has authenticated. */
  @FunctionalInterface
  public interface Endpoint {
    Response answer(TenantClient client, OAuthForm form);
  }

  /** Any registered client, public ones by their id alone. */
  public Response anyClient(
      String authorization, MultivaluedMap<String, String> body, Endpoint endpoint) {
    return answer(authorization, body, useCases.authenticateClient::authenticate, endpoint);
  }

  /** A confidential or service client only, with its secret. */
  public Response confidentialClient(
      String authorization, MultivaluedMap<String, String> body, Endpoint endpoint) {
    return answer(
        authorization, body, useCases.authenticateClient::authenticateConfidential, endpoint);
  }

  private static Response answer(
      String authorization,
      MultivaluedMap<String, String> body,
      BiFunction<String, Optional<String>, TenantClient> authenticate,
      Endpoint endpoint) {
    return OAuthErrors.guard(
        () -> {
          OAuthForm form = new OAuthForm(body);
          ClientCredentialsParser.Presented presented =
              ClientCredentialsParser.read(authorization, form);
          TenantClient client = authenticate.apply(presented.clientId(), presented.secret());
          return endpoint.answer(client, form);
        });
  }
}
