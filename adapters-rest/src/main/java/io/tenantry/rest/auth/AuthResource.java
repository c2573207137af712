package io.tenantry.rest.auth;

import io.tenantry.application.invitation.AcceptInvitationCommand;
import io.tenantry.application.registration.RegisterCommand;
import io.tenantry.application.session.LoginCommand;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.rest.metrics.CountsCreatedUser;
import io.tenantry.rest.metrics.CountsLogin;
import io.tenantry.rest.metrics.CountsTokenRefresh;
import io.tenantry.rest.openapi.ApiDoc;
import io.tenantry.rest.ratelimit.RateLimited;
import io.tenantry.rest.ratelimit.RequestBudgets;
import io.tenantry.rest.shared.BackgroundTasks;
import io.tenantry.rest.shared.CallerResource;
import io.tenantry.rest.shared.Lenient;
import io.tenantry.rest.shared.NoStore;
import io.tenantry.rest.user.UserResponse;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Sessions: {@code /api/v1/auth}. */
@Path("/api/v1/auth")
@RateLimited
@SecurityRequirements // public: only logout-all and password/change need a token
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "Log in, tokens, sign-up, e-mail verification and passwords")
@APIResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiDoc.TOO_MANY_REQUESTS)
@APIResponse(responseCode = "503", ref = ApiDoc.SERVICE_UNAVAILABLE)
public class AuthResource extends CallerResource {
  @Inject BackgroundTasks background;
  @Inject RequestBudgets budgets;

  @POST
  @Path("/login")
  @Operation(operationId = "login", summary = "Log in to a tenant with e-mail and password")
  @APIResponse(responseCode = "200", description = "A new token pair")
  @APIResponse(
      responseCode = "403",
      description =
          "Right password, second step needed: mfa_required or mfa_enrollment_required, with an"
              + " mfa_token for /api/v1/auth/mfa")
  @CountsLogin
  public RestResponse<TokenResponse> login(@Valid @NotNull AuthRequests.Login request) {
    budgets.spend(request.tenant(), request.email());
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
  @Operation(
      operationId = "refreshToken",
      summary = "Trade a refresh token for a new pair (rotation)")
  @APIResponse(
      responseCode = "200",
      description = "A new token pair; the old refresh token is dead")
  @CountsTokenRefresh
  public RestResponse<TokenResponse> refresh(@Valid @NotNull AuthRequests.RefreshToken request) {
    return tokens(TokenResponse.from(useCases.rotateRefreshToken.refresh(request.refreshToken())));
  }

  @POST
  @Path("/logout")
  @Operation(operationId = "logout", summary = "End the session of a refresh token")
  @APIResponse(responseCode = "204", description = "The refresh token is dead")
  public void logout(@Valid @NotNull AuthRequests.RefreshToken request) {
    useCases.logout.logout(request.refreshToken());
  }

  @POST
  @Path("/logout-all")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "logoutAll", summary = "End every session of the caller")
  @SecurityRequirement(name = ApiDoc.BEARER)
  @APIResponse(responseCode = "204", description = "Every refresh token of the caller is dead")
  public void logoutAll() {
    useCases.logoutEverywhere.logoutAll(caller.actor());
  }

  @POST
  @Path("/invitations/accept")
  @Operation(
      operationId = "acceptInvitation",
      summary = "Redeem an invitation: set a password, log in")
  @APIResponse(responseCode = "200", description = "A token pair for the now active user")
  public RestResponse<TokenResponse> acceptInvitation(
      @Valid @NotNull AuthRequests.AcceptInvitation request) {
    return tokens(
        TokenResponse.from(
            useCases.acceptInvitation.accept(
                new AcceptInvitationCommand(
                    request.token(), request.password(), new DisplayName(request.displayName())))));
  }

  @POST
  @Path("/register")
  @Operation(operationId = "register", summary = "Self-registration, where the tenant allows it")
  @APIResponse(
      responseCode = "201",
      description = "The new user; a verification mail is on its way",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = ApiDoc.CONFLICT)
  @CountsCreatedUser
  public RestResponse<UserResponse> register(@Valid @NotNull AuthRequests.Register request) {
    budgets.spend(request.tenant(), request.email());
    UserView user =
        useCases.register.register(
            new RegisterCommand(
                Lenient.slug(request.tenant()),
                new Email(request.email()),
                request.password(),
                new DisplayName(request.displayName())));
    return RestResponse.status(RestResponse.Status.CREATED, UserResponse.from(user));
  }

  @POST
  @Path("/verify-email")
  @Operation(operationId = "verifyEmail", summary = "Redeem an e-mail verification token")
  @APIResponse(responseCode = "204", description = "The e-mail address is verified")
  public void verifyEmail(@Valid @NotNull AuthRequests.Token request) {
    useCases.verifyEmail.verifyEmail(request.token());
  }

  /**
   * Always 202, answered before the look-up runs, so neither the answer nor its timing tells
   * whether the account exists.
   */
  @POST
  @Path("/password/forgot")
  @Operation(operationId = "forgotPassword", summary = "Ask for a password reset mail")
  @APIResponse(responseCode = "202", description = "Accepted, whether or not the account exists")
  public RestResponse<Void> forgotPassword(@Valid @NotNull AuthRequests.ForgotPassword request) {
    budgets.spend(request.tenant(), request.email());
    background.run(
        "a password reset request",
        () ->
            useCases.forgotPassword.forgotPassword(
                Lenient.slug(request.tenant()), Lenient.email(request.email())));
    return RestResponse.accepted();
  }

  @POST
  @Path("/password/reset")
  @Operation(operationId = "resetPassword", summary = "Redeem a reset token with a new password")
  @APIResponse(responseCode = "204", description = "The password is changed; all sessions end")
  public void resetPassword(@Valid @NotNull AuthRequests.ResetPassword request) {
    useCases.resetPassword.resetPassword(request.token(), request.newPassword());
  }

  @POST
  @Path("/password/change")
  @Operation(operationId = "changePassword", summary = "Change the caller's password")
  @SecurityRequirement(name = ApiDoc.BEARER)
  @APIResponse(responseCode = "204", description = "The password is changed")
  public void changePassword(@Valid @NotNull AuthRequests.ChangePassword request) {
    useCases.changePassword.changePassword(
        caller.human(), request.currentPassword(), request.newPassword());
  }

  private static RestResponse<TokenResponse> tokens(TokenResponse body) {
    return NoStore.ok(body);
  }
}
