package io.tenantry.rest.mfa;

import io.tenantry.rest.openapi.ApiDoc;
import io.tenantry.rest.shared.CallerResource;
import io.tenantry.rest.shared.NoStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's own second factor: {@code /api/v1/users/me/mfa}. */
@Path("/api/v1/users/me/mfa")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MFA", description = "TOTP second factor and recovery codes")
@APIResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
public class OwnMfaResource extends CallerResource {
  @POST
  @Path("/totp")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "startTotpEnrolment", summary = "A pending TOTP secret (shown once)")
  @APIResponse(responseCode = "200", description = "The pending secret and its otpauth:// URI")
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public RestResponse<TotpSetupResponse> start() {
    return NoStore.ok(TotpSetupResponse.from(useCases.ownMfa.startTotp(caller.actor())));
  }

  @POST
  @Path("/totp/confirm")
  @Operation(
      operationId = "confirmTotpEnrolment",
      summary = "Confirm the pending secret with a current code: MFA is on")
  @APIResponse(responseCode = "200", description = "Ten recovery codes, shown once")
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public RestResponse<RecoveryCodesResponse> confirm(@Valid @NotNull MfaRequests.Code request) {
    return NoStore.ok(
        new RecoveryCodesResponse(useCases.ownMfa.confirm(caller.actor(), request.code())));
  }

  @POST
  @Path("/recovery-codes")
  @Operation(
      operationId = "regenerateRecoveryCodes",
      summary = "Replace the recovery codes, proven by a current TOTP code")
  @APIResponse(responseCode = "200", description = "Ten new recovery codes; the old ones are dead")
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public RestResponse<RecoveryCodesResponse> regenerate(@Valid @NotNull MfaRequests.Code request) {
    return NoStore.ok(
        new RecoveryCodesResponse(
            useCases.ownMfa.regenerateRecoveryCodes(caller.actor(), request.code())));
  }

  @DELETE
  @Operation(operationId = "disableMfa", summary = "Turn MFA off, with the password")
  @APIResponse(responseCode = "204", description = "MFA is off")
  public void disable(@Valid @NotNull MfaRequests.Password request) {
    useCases.ownMfa.disable(caller.actor(), request.password());
  }
}
