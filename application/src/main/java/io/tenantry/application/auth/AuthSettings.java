package io.tenantry.application.auth;

import java.time.Duration;

/** Lifetimes of tokens and sessions, and where links in mails point. */
public record AuthSettings(
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    Duration invitationTtl,
    Duration verificationTtl,
    Duration passwordResetTtl,
    Duration securityCacheTtl,
    String publicUrl,
    Duration sessionMaxLifetime) {
  private static final Duration DEFAULT_SESSION_MAX_LIFETIME = Duration.ofDays(90);

  /** Settings with the default absolute session lifetime ({@code P90D}). */
  public AuthSettings(
      Duration accessTokenTtl,
      Duration refreshTokenTtl,
      Duration invitationTtl,
      Duration verificationTtl,
      Duration passwordResetTtl,
      Duration securityCacheTtl,
      String publicUrl) {
    this(
        accessTokenTtl,
        refreshTokenTtl,
        invitationTtl,
        verificationTtl,
        passwordResetTtl,
        securityCacheTtl,
        publicUrl,
        DEFAULT_SESSION_MAX_LIFETIME);
  }
}
