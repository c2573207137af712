package io.tenantry.rest.auth;

import io.tenantry.application.auth.PublishedKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Publishes the public keys that verify access tokens: {@code /.well-known/jwks.json}. */
@Path("/.well-known/jwks.json")
@SecurityRequirements // public
@Tag(name = "Keys", description = "The public keys that verify access tokens")
public class JwksResource {
  @Inject PublishedKeys keys;

  @GET
  @Produces({"application/jwk-set+json", "application/json"})
  @Operation(operationId = "getJwks", summary = "The JSON Web Key Set (RFC 7517)")
  @APIResponse(
      responseCode = "200",
      description = "The current and still accepted public keys",
      content =
          @Content(
              mediaType = "application/json",
              schema =
                  @Schema(type = SchemaType.OBJECT, description = "A JWK Set: {\"keys\": [...]}")))
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(keys.jwks(), "application/json").cacheControl(cache).build();
  }
}
