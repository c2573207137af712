package io.tenantry.rest.apikey;

import io.tenantry.domain.apikey.ApiKeyId;
import io.tenantry.rest.shared.CallerResource;
import io.tenantry.rest.shared.NoStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's own personal API keys: {@code /api/v1/users/me/api-keys}. */
@Path("/api/v1/users/me/api-keys")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Personal API keys for scripts and integrations")
public class OwnApiKeyResource extends CallerResource {
  @POST
  @Operation(
      operationId = "createApiKey",
      summary =
          "Create a personal API key; the key is in this answer only (needs a person's token)")
  @APIResponse(
      responseCode = "201",
      description = "The key, shown once",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreatedApiKeyResponse.class)))
  public RestResponse<CreatedApiKeyResponse> create(@Valid @NotNull CreateApiKeyRequest request) {
    CreatedApiKeyResponse body =
        CreatedApiKeyResponse.from(useCases.apiKeys.create(caller.human(), request.toCommand()));
    return NoStore.shownOnce(RestResponse.Status.CREATED, body);
  }

  @GET
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "listOwnApiKeys", summary = "The caller's keys that are not revoked")
  @APIResponse(responseCode = "200", description = "The caller's keys, without the keys")
  public List<ApiKeyResponse> list() {
    return useCases.apiKeys.listOwn(caller.actor()).stream().map(ApiKeyResponse::from).toList();
  }

  @DELETE
  @Path("/{id}")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "revokeOwnApiKey", summary = "Revoke one of the caller's keys at once")
  @APIResponse(responseCode = "204", description = "Revoked")
  public void revoke(@PathParam("id") UUID id) {
    useCases.apiKeys.revokeOwn(caller.actor(), new ApiKeyId(id));
  }
}
