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
    Duration webhookDisableAfter) {}
