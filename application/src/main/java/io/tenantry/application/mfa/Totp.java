package io.tenantry.application.mfa;

import java.time.Instant;
import java.util.OptionalLong;

/** RFC 6238 time-based one-time passwords: SHA-1, 6 digits, 30-second steps. */
public interface Totp {
  /** A new random secret of 160 bits (the RFC 4226 recommendation). */
  byte[] newSecret();

  /** The secret in RFC 4648 base32 without padding, as authenticator apps read it. */
  String encode(byte[] secret);

  /**
   * The time step whose code equals {@code code}, looking one step either side of {@code now} for
   * clock drift; empty when none matches.
   */
  OptionalLong matchingStep(byte[] secret, String code, Instant now);
}
