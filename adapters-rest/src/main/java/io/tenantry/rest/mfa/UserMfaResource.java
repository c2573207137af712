package io.tenantry.rest.mfa;

import io.tenantry.domain.user.UserId;
import io.tenantry.rest.shared.CallerResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An administrator's reset of a user's second factor: {@code /api/v1/users/{id}/mfa}. */
@Path("/api/v1/users/{id}/mfa")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MFA", description = "TOTP second factor and recovery codes")
public class UserMfaResource extends CallerResource {
  @DELETE
  @Operation(operationId = "resetUserMfa", summary = "Remove a user's second factor (lost device)")
  @APIResponse(responseCode = "204", description = "The user's MFA is off")
  public void reset(@PathParam("id") UUID id) {
    useCases.resetMfa.reset(caller.actor(), new UserId(id));
  }
}
