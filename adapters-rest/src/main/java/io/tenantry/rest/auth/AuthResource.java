package io.tenantry.rest.auth;

import io.tenantry.application.UseCases;
import io.tenantry.application.invitation.AcceptInvitationCommand;
import io.tenantry.application.registration.RegisterCommand;
import io.tenantry.application.session.LoginCommand;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.rest.shared.BackgroundTasks;
import io.tenantry.rest.shared.CallerAuthentication;
import io.tenantry.rest.shared.Lenient;
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
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject UseCases useCases;
  @Inject BackgroundTasks background;
  @Inject CallerAuthentication caller;

  @POST
  @Path("/login")
  public Response login(@Valid @NotNull AuthRequests.Login request) {
    return tokens(
        TokenResponse.from(
            useCases.login.login(
                new LoginCommand(
                    Lenient.slug(request.tenant()),
                    Lenient.email(request.email()),
                    request.password()))));
  }

  @POST
  @Path("/refresh")
  public Response refresh(@Valid @NotNull AuthRequests.RefreshToken request) {
    return tokens(TokenResponse.from(useCases.rotateRefreshToken.refresh(request.refreshToken())));
  }

  @POST
  @Path("/logout")
  public Response logout(@Valid @NotNull AuthRequests.RefreshToken request) {
    useCases.logout.logout(request.refreshToken());
    return Response.noContent().build();
  }

  @POST
  @Path("/logout-all")
  @Consumes(MediaType.WILDCARD)
  public Response logoutAll() {
    useCases.logoutEverywhere.logoutAll(caller.actor());
    return Response.noContent().build();
  }

  @POST
  @Path("/invitations/accept")
  public Response acceptInvitation(@Valid @NotNull AuthRequests.AcceptInvitation request) {
    return tokens(
        TokenResponse.from(
            useCases.acceptInvitation.accept(
                new AcceptInvitationCommand(
                    request.token(), request.password(), new DisplayName(request.displayName())))));
  }

  @POST
  @Path("/register")
  public Response register(@Valid @NotNull AuthRequests.Register request) {
    UserView user =
        useCases.register.register(
            new RegisterCommand(
                Lenient.slug(request.tenant()),
                new Email(request.email()),
                request.password(),
                new DisplayName(request.displayName())));
    return Response.status(Response.Status.CREATED).entity(UserResponse.from(user)).build();
  }

  @POST
  @Path("/verify-email")
  public Response verifyEmail(@Valid @NotNull AuthRequests.Token request) {
    useCases.verifyEmail.verifyEmail(request.token());
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
        () ->
            useCases.forgotPassword.forgotPassword(
                Lenient.slug(request.tenant()), Lenient.email(request.email())));
    return Response.accepted().build();
  }

  @POST
  @Path("/password/reset")
  public Response resetPassword(@Valid @NotNull AuthRequests.ResetPassword request) {
    useCases.resetPassword.resetPassword(request.token(), request.newPassword());
    return Response.noContent().build();
  }

  @POST
  @Path("/password/change")
  public Response changePassword(@Valid @NotNull AuthRequests.ChangePassword request) {
    useCases.changePassword.changePassword(
        caller.actor(), request.currentPassword(), request.newPassword());
    return Response.noContent().build();
  }

  private static Response tokens(TokenResponse body) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(body).cacheControl(noStore).header("Pragma", "no-cache").build();
  }
}
