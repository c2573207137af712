package io.tenantry.rest.oauth;

import io.tenantry.rest.ratelimit.RateLimited;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAuth 2.0 token endpoint, {@code POST /oauth2/token}: authenticates the client, then hands
 * the request to the {@link TokenGrant} of its {@code grant_type}.
 */
@Path("/oauth2/token")
@RateLimited
@Tag(name = "OAuth 2.0", description = "Standard OAuth 2.0 / OpenID Connect endpoints")
public class TokenResource {
  @Inject OAuthCaller caller;
  @Inject TokenGrants grants;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "oauth2Token",
      summary = "Token endpoint (RFC 6749): refresh_token, client_credentials, authorization_code")
  @APIResponse(responseCode = "200", description = "Tokens (RFC 6749 §5.1)")
  @APIResponse(responseCode = "400", description = "An RFC 6749 §5.2 error")
  @APIResponse(responseCode = "401", description = "invalid_client")
  public Response token(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> body) {
    return caller.anyClient(
        authorization,
        body,
        (client, form) ->
            OAuthResponses.ok(grants.forType(form.required("grant_type")).exchange(client, form)));
  }
}
