package io.tenantry.rest.mfa;

import io.tenantry.rest.shared.Redacted;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the MFA routes; none of them ever shows its secrets in a log line. */
public final class MfaRequests {
  private MfaRequests() {}

  /** A TOTP code (six digits) or, where accepted, a recovery code. */
  @Schema(name = "MfaCodeRequest")
  public record Code(@NotBlank @Size(max = 64) String code) {
    @Override
    public String toString() {
      return Redacted.of(this);
    }
  }

  /** {@code DELETE /api/v1/users/me/mfa}. */
  @Schema(name = "DisableMfaRequest")
  public record Password(@NotNull @Size(max = 1024) String password) {
    @Override
    public String toString() {
      return Redacted.of(this);
    }
  }

  /** {@code POST /api/v1/auth/mfa/enroll}. */
  @Schema(name = "MfaTokenRequest")
  public record Token(@NotBlank @Size(max = 512) String mfaToken) {
    @Override
    public String toString() {
      return Redacted.of(this);
    }
  }

  /** {@code POST /api/v1/auth/mfa/verify} and {@code /enroll/confirm}. */
  @Schema(name = "MfaVerifyRequest")
  public record TokenAndCode(
      @NotBlank @Size(max = 512) String mfaToken, @NotBlank @Size(max = 64) String code) {
    @Override
    public String toString() {
      return Redacted.of(this);
    }
  }
}
