package io.tenantry.rest.session;

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

/** A user's sessions, for administrators: {@code /api/v1/users/{id}/sessions}. */
@Path("/api/v1/users/{id}/sessions")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Logins and their refresh-token chains")
public class UserSessionResource extends CallerResource {
  @GET
  @Operation(operationId = "listUserSessions", summary = "A user's live sessions")
  @APIResponse(responseCode = "200", description = "The user's live sessions")
  public List<SessionResponse> list(@PathParam("id") UUID id) {
    return useCases.userSessions.list(caller.actor(), new UserId(id)).stream()
        .map(SessionResponse::from)
        .toList();
  }

  @DELETE
  @Operation(
      operationId = "revokeUserSessions",
      summary = "End every session of a user, access tokens included")
  @APIResponse(responseCode = "204", description = "Ended")
  public void revokeAll(@PathParam("id") UUID id) {
    useCases.userSessions.revokeAll(caller.actor(), new UserId(id));
  }
}
