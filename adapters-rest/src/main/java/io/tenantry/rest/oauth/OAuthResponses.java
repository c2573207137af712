package io.tenantry.rest.oauth;

import io.tenantry.rest.shared.NoStore;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** JSON answers of the {@code /oauth2/*} endpoints: never cached (RFC 6749 §5.1). */
final class OAuthResponses {
  private OAuthResponses() {}

  static Response.ResponseBuilder json(int status, Object body) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .cacheControl(NoStore.cacheControl())
        .header("Pragma", "no-cache");
  }

  static Response ok(Object body) {
    return json(200, body).build();
  }
}
