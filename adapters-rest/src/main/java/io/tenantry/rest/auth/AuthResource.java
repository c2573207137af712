package io.tenantry.rest.auth;

import io.tenantry.application.auth.AcceptInvitationCommand;
import io.tenantry.application.auth.AuthService;
import io.tenantry.application.auth.LoginCommand;
import io.tenantry.rest.shared.CallerAuthentication;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Sessions: {@code /api/v1/auth}. */
@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
  @Inject AuthService auth;
  @Inject CallerAuthentication caller;

  @POST
  @Path("/login")
  public Response login(@Valid @NotNull AuthRequests.Login request) {
    return tokens(
        TokenResponse.from(
            auth.login(new LoginCommand(request.tenant(), request.email(), request.password()))));
  }

  @POST
  @Path("/refresh")
  public Response refresh(@Valid @NotNull AuthRequests.RefreshToken request) {
    return tokens(TokenResponse.from(auth.refresh(request.refreshToken())));
  }

  @POST
  @Path("/logout")
  public Response logout(@Valid @NotNull AuthRequests.RefreshToken request) {
    auth.logout(request.refreshToken());
    return Response.noContent().build();
  }

  @POST
  @Path("/logout-all")
  @Consumes(MediaType.WILDCARD)
  public Response logoutAll() {
    auth.logoutAll(caller.actor());
    return Response.noContent().build();
  }

  @POST
  @Path("/invitations/accept")
  public Response acceptInvitation(@Valid @NotNull AuthRequests.AcceptInvitation request) {
    return tokens(
        TokenResponse.from(
            auth.acceptInvitation(
                new AcceptInvitationCommand(
                    request.token(), request.password(), request.displayName()))));
  }

  private static Response tokens(TokenResponse body) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(body).cacheControl(noStore).header("Pragma", "no-cache").build();
  }
}
