package io.tenantry.rest.oauth;

import io.tenantry.application.UseCases;
import io.tenantry.rest.ratelimit.RateLimited;
import io.tenantry.rest.shared.NoStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Token revocation (RFC 7009), {@code POST /oauth2/revoke}: 200 whether or not the token was known,
 * once the client has authenticated.
 */
@Path("/oauth2/revoke")
@RateLimited
@Tag(name = "OAuth 2.0")
public class RevocationResource {
  @Inject UseCases useCases;
  @Inject OAuthCaller caller;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(operationId = "oauth2Revoke", summary = "Revoke a refresh or access token (RFC 7009)")
  @APIResponse(responseCode = "200", description = "Revoked, or was never valid")
  @APIResponse(responseCode = "401", description = "invalid_client")
  public Response revoke(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> body) {
    return caller.anyClient(
        authorization,
        body,
        (client, form) -> {
          useCases.revokeToken.revoke(client, form.required("token"));
          return Response.ok().cacheControl(NoStore.cacheControl()).build();
        });
  }
}
