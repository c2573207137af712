package io.tenantry.rest.user;

import io.tenantry.rest.shared.CallerResource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of users from another system: {@code POST /api/v1/users/import}. */
@Path("/api/v1/users/import")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserImportResource extends CallerResource {
  @POST
  @Operation(
      operationId = "importUsers",
      summary =
          "Import up to 1,000 users, with their existing password hashes; each row on its own")
  @APIResponse(
      responseCode = "200",
      description = "How many were created, and the rows that were not")
  public ImportResponse importUsers(@Valid @NotNull ImportRequests.Import request) {
    var actor = caller.actor();
    ImportRequests.Parsed parsed = ImportRequests.parse(request.users());
    return ImportResponse.from(
        useCases.importUsers.importUsers(
            actor, parsed.rows(), parsed.rejected(), Boolean.TRUE.equals(request.invite())));
  }
}
