package io.tenantry.rest.tenant;

import io.tenantry.application.tenant.SignupResult;
import io.tenantry.application.tenant.TenantView;
import io.tenantry.application.tenant.UpdateTenantCommand;
import io.tenantry.rest.auth.TokenResponse;
import io.tenantry.rest.metrics.CountsCreatedUser;
import io.tenantry.rest.openapi.ApiDoc;
import io.tenantry.rest.ratelimit.RateLimited;
import io.tenantry.rest.shared.CallerResource;
import io.tenantry.rest.shared.Versioning;
import io.tenantry.rest.user.UserResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's own tenant: {@code /api/v1/tenants/current}. */
@Path("/api/v1/tenants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants", description = "Public sign-up and the caller's own tenant")
@APIResponse(responseCode = "503", ref = ApiDoc.SERVICE_UNAVAILABLE)
public class TenantResource extends CallerResource {
  /**
   * Public sign-up, when {@code app.tenants.signup-enabled} is true; each call creates a schema, so
   * it draws on the client's request budget.
   */
  @POST
  @RateLimited
  @SecurityRequirements // public
  @APIResponse(responseCode = "429", ref = ApiDoc.TOO_MANY_REQUESTS)
  @Operation(operationId = "signUp", summary = "Create a tenant and its owner, logged in")
  @APIResponse(
      responseCode = "201",
      description = "The new tenant, its owner and the owner's tokens",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SignupResponse.class)))
  @APIResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  @CountsCreatedUser
  public RestResponse<SignupResponse> signUp(@Valid @NotNull TenantRequests.SignUp request) {
    SignupResult created = useCases.signUpTenant.signUp(request.toCommand());
    return RestResponse.status(
        RestResponse.Status.CREATED,
        new SignupResponse(
            TenantResponse.from(created.tenant()),
            UserResponse.from(created.owner()),
            TokenResponse.from(created.tokens())));
  }

  @GET
  @Path("/current")
  @Operation(operationId = "getCurrentTenant", summary = "The caller's tenant")
  @APIResponse(responseCode = "200", description = "The caller's tenant")
  @APIResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  public RestResponse<TenantResponse> current() {
    return tenant(useCases.readTenants.current(caller.actor()));
  }

  @PATCH
  @Path("/current")
  @Operation(
      operationId = "updateCurrentTenant",
      summary = "Rename the tenant, open or close self-registration, require MFA")
  @APIResponse(responseCode = "200", description = "The tenant, changed")
  public RestResponse<TenantResponse> updateCurrent(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull TenantRequests.UpdateCurrent request) {
    UpdateTenantCommand command = request.toCommand(Versioning.expected(ifMatch));
    return tenant(useCases.updateOwnTenant.update(caller.actor(), command));
  }

  private static RestResponse<TenantResponse> tenant(TenantView view) {
    return Versioning.ok(TenantResponse.from(view), view.version());
  }
}
