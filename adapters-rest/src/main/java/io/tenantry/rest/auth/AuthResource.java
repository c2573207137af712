package io.tenantry.rest.auth;

import io.tenantry.application.account.AcceptInvitationCommand;
import io.tenantry.application.account.AccountService;
import io.tenantry.application.account.RegisterCommand;
import io.tenantry.application.auth.AuthService;
import io.tenantry.application.auth.LoginCommand;
import io.tenantry.application.user.UserView;
import io.tenantry.rest.metrics.CountsCreatedUser;
import io.tenantry.rest.metrics.CountsLogin;
import io.tenantry.rest.metrics.CountsTokenRefresh;
import io.tenantry.rest.ratelimit.RateLimited;
import io.tenantry.rest.shared.BackgroundTasks;
import io.tenantry.rest.shared.CallerAuthentication;
import io.tenantry.rest.user.UserResponse;
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
@RateLimited
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject AuthService auth;
  @Inject AccountService accounts;
  @Inject BackgroundTasks background;
  @Inject CallerAuthentication caller;

  @POST
  @Path("/login")
  @CountsLogin
  public Response login(@Valid @NotNull AuthRequests.Login request) {
    return tokens(
        TokenResponse.from(
            auth.login(new LoginCommand(request.tenant(), request.email(), request.password()))));
  }

  @POST
  @Path("/refresh")
  @CountsTokenRefresh
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
            accounts.acceptInvitation(
                new AcceptInvitationCommand(
                    request.token(), request.password(), request.displayName()))));
  }

  @POST
  @Path("/register")
  @CountsCreatedUser
  public Response register(@Valid @NotNull AuthRequests.Register request) {
    UserView user =
        accounts.register(
            new RegisterCommand(
                request.tenant(), request.email(), request.password(), request.displayName()));
    return Response.status(Response.Status.CREATED).entity(UserResponse.from(user)).build();
  }

  @POST
  @Path("/verify-email")
  public Response verifyEmail(@Valid @NotNull AuthRequests.Token request) {
    accounts.verifyEmail(request.token());
    return Response.noContent().build();
  }

  /**
   * Always 202, answered before the look-up runs, so neither the answer nor its timing tells
   * whether the account exists.
   */
  @POST
  @Path("/password/forgot")
  public Response forgotPassword(@Valid @NotNull AuthRequests.ForgotPassword request) {
    background.run(
        "a password reset request",
        () -> accounts.forgotPassword(request.tenant(), request.email()));
    return Response.accepted().build();
  }

  @POST
  @Path("/password/reset")
  public Response resetPassword(@Valid @NotNull AuthRequests.ResetPassword request) {
    accounts.resetPassword(request.token(), request.newPassword());
    return Response.noContent().build();
  }

  @POST
  @Path("/password/change")
  public Response changePassword(@Valid @NotNull AuthRequests.ChangePassword request) {
    accounts.changePassword(caller.actor(), request.currentPassword(), request.newPassword());
    return Response.noContent().build();
  }

  private static Response tokens(TokenResponse body) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(body).cacheControl(noStore).header("Pragma", "no-cache").build();
  }
}
