package io.tenantry.rest.user;

import io.tenantry.application.UseCases;
import io.tenantry.application.shared.Actor;
import io.tenantry.rest.openapi.ApiDoc;
import io.tenantry.rest.shared.CallerAuthentication;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's copy of their own data: {@code GET /api/v1/users/me/export}. */
@Path("/api/v1/users/me/export")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@SecurityRequirement(name = ApiDoc.BEARER)
public class OwnDataResource {
  @Inject UseCases useCases;
  @Inject CallerAuthentication caller;

  @GET
  @Operation(
      operationId = "exportCurrentUser",
      summary = "Everything held about the caller, as one JSON document (no secrets)")
  @APIResponse(responseCode = "200", description = "The caller's data, as a file to save")
  public RestResponse<PersonalDataResponse> export() {
    Actor actor = caller.actor();
    PersonalDataResponse body =
        PersonalDataResponse.from(useCases.exportOwnData.export(actor), actor.roleDefinitions());
    return RestResponse.ResponseBuilder.ok(body)
        .header(
            "Content-Disposition",
            "attachment; filename=\"tenantry-export-" + actor.userId() + ".json\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
