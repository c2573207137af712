package io.tenantry.application.mfa;

/** A pending TOTP secret as the user types or scans it: base32 and an {@code otpauth://} URI. */
public record TotpSetup(String secret, String otpauthUri) {
  @Override
  public String toString() {
    return "TotpSetup[redacted]";
  }
}
