package io.tenantry.application;

import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.mail.RetryPolicy;
import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.user.LockoutPolicy;
import java.time.Duration;

/**
 * The configuration the use cases read: token lifetimes, lockout, audit retention, sign-up, and the
 * key that signs audit anchors, how long a hosted-pages session may stay idle, how webhook
 * deliveries are retried, and how long an endpoint may fail before it is switched off.
 */
public record Settings(
    AuthSettings auth,
    LockoutPolicy lockout,
    Duration auditRetention,
    boolean signupEnabled,
    AuditAnchorKey auditAnchorKey,
    Duration pageSessionIdleTimeout,
    RetryPolicy webhookRetry,
    Duration webhookDisableAfter) {
  private static final Duration DEFAULT_PAGE_SESSION_IDLE_TIMEOUT = Duration.ofMinutes(30);
  private static final Duration DEFAULT_WEBHOOK_DISABLE_AFTER = Duration.ofDays(1);

  /** Settings where a failing webhook endpoint is switched off after the default day. */
  public Settings(
      AuthSettings auth,
      LockoutPolicy lockout,
      Duration auditRetention,
      boolean signupEnabled,
      AuditAnchorKey auditAnchorKey,
      Duration pageSessionIdleTimeout,
      RetryPolicy webhookRetry) {
    this(
        auth,
        lockout,
        auditRetention,
        signupEnabled,
        auditAnchorKey,
        pageSessionIdleTimeout,
        webhookRetry,
        DEFAULT_WEBHOOK_DISABLE_AFTER);
  }

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
