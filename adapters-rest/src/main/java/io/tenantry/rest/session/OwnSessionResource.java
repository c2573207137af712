package io.tenantry.rest.session;

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

/** The caller's own sessions: {@code /api/v1/users/me/sessions}. */
@Path("/api/v1/users/me/sessions")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Logins and their refresh-token chains")
public class OwnSessionResource extends CallerResource {
  @GET
  @Operation(
      operationId = "listOwnSessions",
      summary = "The caller's live sessions, the one this call came from marked current")
  @APIResponse(responseCode = "200", description = "The caller's live sessions")
  public List<SessionResponse> list() {
    return useCases.ownSessions.list(caller.actor()).stream().map(SessionResponse::from).toList();
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "revokeOwnSession",
      summary = "End one of the caller's sessions: its refresh and access tokens stop working")
  @APIResponse(responseCode = "204", description = "Ended")
  public void revoke(@PathParam("id") UUID id) {
    useCases.ownSessions.revoke(caller.actor(), id);
  }
}
