package io.tenantry.rest.auth;

import io.tenantry.rest.shared.Redacted;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the auth routes. */
public final class AuthRequests {
  private AuthRequests() {}

  /** {@code POST /login}. */
  @Schema(name = "LoginRequest")
  public record Login(
      @NotBlank @Size(max = 64) String tenant,
      @NotBlank @Size(max = 320) String email,
      @NotNull @Size(max = 1024) String password) {
    @Override
    public String toString() {
      return Redacted.of(this);
    }
  }

  /** {@code POST /refresh} and {@code POST /logout}. */
  @Schema(name = "RefreshTokenRequest")
  public record RefreshToken(@NotBlank @Size(max = 512) String refreshToken) {
    @Override
    public String toString() {
      return Redacted.of(this);
    }
  }

  /** {@code POST /invitations/accept}. */
  @Schema(name = "AcceptInvitationRequest")
  public record AcceptInvitation(
      @NotBlank @Size(max = 512) String token,
      @NotNull @Size(max = 1024) String password,
      @NotBlank @Size(max = 100) String displayName) {
    @Override
    public String toString() {
      return Redacted.of(this);
    }
  }

  /** {@code POST /register}. */
  @Schema(name = "RegisterRequest")
  public record Register(
      @NotBlank @Size(max = 64) String tenant,
      @NotBlank @Size(max = 320) String email,
      @NotNull @Size(max = 1024) String password,
      @NotBlank @Size(max = 100) String displayName) {
    @Override
    public String toString() {
      return Redacted.of(this);
    }
  }

  /** {@code POST /verify-email}. */
  @Schema(name = "VerifyEmailRequest")
  public record Token(@NotBlank @Size(max = 512) String token) {
    @Override
    public String toString() {
      return Redacted.of(this);
    }
  }

  /** {@code POST /password/forgot}. */
  @Schema(name = "ForgotPasswordRequest")
  public record ForgotPassword(
      @NotBlank @Size(max = 64) String tenant, @NotBlank @Size(max = 320) String email) {}

  /** {@code POST /password/reset}. */
  @Schema(name = "ResetPasswordRequest")
  public record ResetPassword(
      @NotBlank @Size(max = 512) String token, @NotNull @Size(max = 1024) String newPassword) {
    @Override
    public String toString() {
      return Redacted.of(this);
    }
  }

  /** {@code POST /password/change}. */
  @Schema(name = "ChangePasswordRequest")
  public record ChangePassword(
      @NotNull @Size(max = 1024) String currentPassword,
      @NotNull @Size(max = 1024) String newPassword) {
    @Override
    public String toString() {
      return Redacted.of(this);
    }
  }
}
