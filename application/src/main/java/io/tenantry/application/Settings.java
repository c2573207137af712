package io.tenantry.application;

import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.mail.RetryPolicy;
import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.user.LockoutPolicy;
import java.time.Duration;

/**
 * The configuration the use cases read: token lifetimes, lockout, audit retention, sign-up, and the
 * key that signs audit anchors, how long a hosted-pages session may stay idle, and how webhook
 * deliveries are retried.
 */
public record Settings(
    AuthSettings auth,
    LockoutPolicy lockout,
    Duration auditRetention,
    boolean signupEnabled,
    AuditAnchorKey auditAnchorKey,
    Duration pageSessionIdleTimeout,
    RetryPolicy webhookRetry) {
  private static final Duration DEFAULT_PAGE_SESSION_IDLE_TIMEOUT = Duration.ofMinutes(30);

  /** Settings with the default idle timeout of the hosted pages' sessions ({@code PT30M}). */
  public Settings(
      AuthSettings auth,
      LockoutPolicy lockout,
      Duration auditRetention,
      boolean signupEnabled,
      AuditAnchorKey auditAnchorKey,
      RetryPolicy webhookRetry) {
    this(
        auth,
        lockout,
        auditRetention,
        signupEnabled,
        auditAnchorKey,
        DEFAULT_PAGE_SESSION_IDLE_TIMEOUT,
        webhookRetry);
  }
}
