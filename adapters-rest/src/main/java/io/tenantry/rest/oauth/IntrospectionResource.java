package io.tenantry.rest.oauth;

import io.tenantry.application.UseCases;
import io.tenantry.application.oauth.Introspection;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Token introspection (RFC 7662), {@code POST /oauth2/introspect}, for a confidential or service
 * client of the token's tenant; {@code token_type_hint} is not needed (both kinds are tried).
 */
@Path("/oauth2/introspect")
@RateLimited
@Tag(name = "OAuth 2.0")
public class IntrospectionResource {
  @Inject UseCases useCases;
  @Inject OAuthCaller caller;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "oauth2Introspect", summary = "Is this token active? (RFC 7662)")
  @APIResponse(responseCode = "200", description = "{\"active\": true, ...} or {\"active\": false}")
  @APIResponse(responseCode = "401", description = "invalid_client")
  public Response introspect(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> body) {
    return caller.confidentialClient(
        authorization,
        body,
        (client, form) ->
            OAuthResponses.ok(
                useCases
                    .introspectToken
                    .introspect(client, form.required("token"))
                    .map(IntrospectionResource::active)
                    .orElseGet(() -> Map.of("active", false))));
  }

  private static Map<String, Object> active(Introspection token) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("active", true);
    body.put("sub", token.subject());
    body.put("tid", token.tenant().id().toString());
    body.put("tenant", token.tenant().slug().value());
    body.put("client_id", token.clientId().value());
    if (!token.scope().isEmpty()) {
      body.put("scope", token.scope().value());
    }
    body.put("exp", token.expiresAt().getEpochSecond());
    body.put("token_type", token.kind().name().toLowerCase(Locale.ROOT));
    token.username().map(Email::value).ifPresent(email -> body.put("username", email));
    token.session().ifPresent(sid -> body.put("sid", sid.toString()));
    body.put("groups", token.roles().stream().map(Role::name).sorted().toList());
    return body;
  }
}
