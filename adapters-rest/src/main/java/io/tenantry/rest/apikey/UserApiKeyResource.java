package io.tenantry.rest.apikey;

import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.domain.user.UserId;
import io.tenantry.rest.shared.CallerResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A user's personal API keys, for administrators: {@code /api/v1/users/{id}/api-keys}. */
@Path("/api/v1/users/{id}/api-keys")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Personal API keys for scripts and integrations")
public class UserApiKeyResource extends CallerResource {
  @GET
  @Operation(operationId = "listUserApiKeys", summary = "A user's keys that are not revoked")
  @APIResponse(responseCode = "200", description = "The user's keys, without the keys")
  public List<ApiKeyResponse> list(@PathParam("id") UUID id) {
    return useCases.apiKeys.listOf(caller.actor(), new UserId(id)).stream()
        .map(ApiKeyResponse::from)
        .toList();
  }

  @DELETE
  @Path("/{keyId}")
  @Operation(operationId = "revokeUserApiKey", summary = "Revoke one of a user's keys at once")
  @APIResponse(responseCode = "204", description = "Revoked")
  public void revoke(@PathParam("id") UUID id, @PathParam("keyId") UUID keyId) {
    useCases.apiKeys.revokeOf(caller.actor(), new UserId(id), new ApiKeyId(keyId));
  }
}
