package io.tenantry.rest.tenant;

import io.tenantry.application.UseCases;
import io.tenantry.application.tenant.SignupResult;
import io.tenantry.application.tenant.TenantView;
import io.tenantry.application.tenant.UpdateTenantCommand;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.rest.auth.TokenResponse;
import io.tenantry.rest.shared.CallerAuthentication;
import io.tenantry.rest.shared.Versioning;
import io.tenantry.rest.user.UserResponse;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** The caller's own tenant: {@code /api/v1/tenants/current}. */
@Path("/api/v1/tenants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {
  @Inject UseCases useCases;
  @Inject CallerAuthentication caller;

  /** Public sign-up, when {@code app.tenants.signup-enabled} is true. */
  @POST
  public Response signUp(@Valid @NotNull TenantRequests.SignUp request) {
    TenantRequests.SignUpOwner owner = request.owner();
    SignupResult created =
        useCases.signUpTenant.signUp(
            TenantRequests.createCommand(
                request.slug(),
                request.name(),
                owner.email(),
                owner.displayName(),
                owner.password()));
    return Response.status(Response.Status.CREATED)
        .entity(
            new SignupResponse(
                TenantResponse.from(created.tenant()),
                UserResponse.from(created.owner()),
                TokenResponse.from(created.tokens())))
        .build();
  }

  @GET
  @Path("/current")
  public Response current() {
    return tenant(useCases.readTenants.current(caller.actor()));
  }

  @PATCH
  @Path("/current")
  public Response updateCurrent(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull TenantRequests.UpdateCurrent request) {
    UpdateTenantCommand command =
        new UpdateTenantCommand(
            Optional.ofNullable(request.name()).map(TenantName::new),
            Optional.ofNullable(request.selfRegistration()),
            Optional.empty(),
            Versioning.expected(ifMatch));
    return tenant(useCases.updateOwnTenant.update(caller.actor(), command));
  }

  private static Response tenant(TenantView view) {
    return Versioning.ok(TenantResponse.from(view), view.version());
  }
}
