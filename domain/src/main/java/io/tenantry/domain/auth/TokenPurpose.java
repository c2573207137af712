package io.tenantry.domain.auth;

import java.time.Duration;

/** What a one-time token proves, and how long it is valid by default. */
public enum TokenPurpose {
  INVITATION(Duration.ofDays(7)),
  EMAIL_VERIFICATION(Duration.ofHours(48)),
  PASSWORD_RESET(Duration.ofHours(1)),
  /** The password was right; a second factor must follow (never mailed). */
  MFA_LOGIN(Duration.ofMinutes(5)),
  /** The password was right; the tenant requires a second factor the user must set up first. */
  MFA_ENROLMENT(Duration.ofMinutes(5));

  private final Duration defaultLifetime;

  TokenPurpose(Duration defaultLifetime) {
    this.defaultLifetime = defaultLifetime;
  }

  public Duration defaultLifetime() {
    return defaultLifetime;
  }
}
