package io.tenantry.rest.mfa;

import io.tenantry.application.mfa.EnrolledLogin;
import io.tenantry.rest.auth.TokenResponse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The end of a required enrolment: recovery codes (once) and the token pair of the login. */
@Schema(name = "EnrolledLogin", description = "Recovery codes (shown once) and the token pair")
public record EnrolledLoginResponse(
    List<String> recoveryCodes,
    String accessToken,
    @Schema(enumeration = "Bearer") String tokenType,
    long expiresIn,
    String refreshToken,
    long refreshExpiresIn) {

  public static EnrolledLoginResponse from(EnrolledLogin login) {
    TokenResponse tokens = TokenResponse.from(login.tokens());
    return new EnrolledLoginResponse(
        login.recoveryCodes(),
        tokens.accessToken(),
        tokens.tokenType(),
        tokens.expiresIn(),
        tokens.refreshToken(),
        tokens.refreshExpiresIn());
  }

  @Override
  public String toString() {
    return "EnrolledLoginResponse[redacted]";
  }
}
