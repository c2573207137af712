package io.tenantry.rest.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the auth routes. */
public final class AuthRequests {
  private AuthRequests() {}

  /** {@code POST /login}. */
  public record Login(
      @NotBlank @Size(max = 64) String tenant,
      @NotBlank @Size(max = 320) String email,
      @NotNull @Size(max = 1024) String password) {
    @Override
    public String toString() {
      return "Login[redacted]";
    }
  }

  /** {@code POST /refresh} and {@code POST /logout}. */
  public record RefreshToken(@NotBlank @Size(max = 512) String refreshToken) {
    @Override
    public String toString() {
      return "RefreshToken[redacted]";
    }
  }

  /** {@code POST /invitations/accept}. */
  public record AcceptInvitation(
      @NotBlank @Size(max = 512) String token,
      @NotNull @Size(max = 1024) String password,
      @NotBlank @Size(max = 100) String displayName) {
    @Override
    public String toString() {
      return "AcceptInvitation[redacted]";
    }
  }
}
