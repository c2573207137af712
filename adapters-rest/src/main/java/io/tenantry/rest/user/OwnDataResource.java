package io.tenantry.rest.user;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenantry.application.shared.Actor;
import io.tenantry.rest.shared.CallerResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's copy of their own data: {@code GET /api/v1/users/me/export}, streamed. */
@Path("/api/v1/users/me/export")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class OwnDataResource extends CallerResource {
  @Inject ObjectMapper json;

  @GET
  @Operation(
      operationId = "exportCurrentUser",
      summary = "Everything held about the caller, as one JSON document (no secrets)")
  @APIResponse(
      responseCode = "200",
      description = "The caller's data, as a file to save",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonalDataResponse.class)))
  public Response export() {
    Actor actor = caller.actor();
    // Read in one unit of work first, so a failure is still a problem+json answer; then written
    // out as a stream.
    PersonalDataStream body =
        new PersonalDataStream(useCases.exportOwnData.export(actor), actor.roleDefinitions(), json);
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"tenantry-export-" + actor.userId() + ".json\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
