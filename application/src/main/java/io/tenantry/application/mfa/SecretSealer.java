package io.tenantry.application.mfa;

/**
 * Encrypts secrets Tenantry must read back (TOTP secrets) with a key kept outside the database, so
 * a dump alone reveals nothing. {@code context} binds a sealed value to its owner: it opens only
 * with the same context.
 */
public interface SecretSealer {
  String seal(byte[] secret, String context);

  byte[] open(String sealed, String context);
}
