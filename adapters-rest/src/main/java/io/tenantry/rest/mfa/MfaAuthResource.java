package io.tenantry.rest.mfa;

import io.tenantry.application.UseCases;
import io.tenantry.rest.auth.TokenResponse;
import io.tenantry.rest.metrics.CountsLogin;
import io.tenantry.rest.openapi.ApiDoc;
import io.tenantry.rest.ratelimit.RateLimited;
import io.tenantry.rest.shared.NoStore;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The second step of a login, with the {@code mfa_token} of a 403 {@code mfa_required} or {@code
 * mfa_enrollment_required}: {@code /api/v1/auth/mfa}. Rate-limited like the login itself; the
 * verify step is counted among the login outcomes (a completion or a failure of the login).
 */
@Path("/api/v1/auth/mfa")
@RateLimited
@SecurityRequirements // public: the mfa_token stands in for the bearer token
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth") // described on AuthResource
@APIResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiDoc.TOO_MANY_REQUESTS)
@APIResponse(responseCode = "503", ref = ApiDoc.SERVICE_UNAVAILABLE)
public class MfaAuthResource {

  @Inject UseCases useCases;

  @POST
  @Path("/verify")
  @CountsLogin
  @Operation(
      operationId = "verifyMfa",
      summary = "Finish a login with a TOTP code or a recovery code")
  @APIResponse(responseCode = "200", description = "A new token pair")
  public RestResponse<TokenResponse> verify(@Valid @NotNull MfaRequests.TokenAndCode request) {
    return NoStore.ok(
        TokenResponse.from(useCases.mfaLogin.verify(request.mfaToken(), request.code())));
  }

  @POST
  @Path("/enroll")
  @Operation(
      operationId = "startRequiredMfaEnrolment",
      summary = "Set up TOTP where the tenant requires MFA: a pending secret")
  @APIResponse(responseCode = "200", description = "The pending secret and its otpauth:// URI")
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public RestResponse<TotpSetupResponse> enroll(@Valid @NotNull MfaRequests.Token request) {
    return NoStore.ok(TotpSetupResponse.from(useCases.mfaLogin.startEnrolment(request.mfaToken())));
  }

  @POST
  @Path("/enroll/confirm")
  @Operation(
      operationId = "confirmRequiredMfaEnrolment",
      summary = "Confirm the secret with a code: recovery codes and the token pair")
  @APIResponse(responseCode = "200", description = "Recovery codes (shown once) and tokens")
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  public RestResponse<EnrolledLoginResponse> confirm(
      @Valid @NotNull MfaRequests.TokenAndCode request) {
    return NoStore.ok(
        EnrolledLoginResponse.from(
            useCases.mfaLogin.confirmEnrolment(request.mfaToken(), request.code())));
  }
}
