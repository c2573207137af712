package io.tenantry.rest.mfa;

import io.tenantry.application.mfa.TotpSetup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pending TOTP secret: shown once, at enrolment, and never again. */
@Schema(name = "TotpSetup", description = "A pending TOTP secret (base32) and its otpauth:// URI")
public record TotpSetupResponse(String secret, String otpauthUri) {
  public static TotpSetupResponse from(TotpSetup setup) {
    return new TotpSetupResponse(setup.secret(), setup.otpauthUri());
  }

  @Override
  public String toString() {
    return "TotpSetupResponse[redacted]";
  }
}
