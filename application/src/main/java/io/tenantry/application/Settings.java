package io.tenantry.application;

import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.mail.RetryPolicy;
import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.user.LockoutPolicy;
import java.time.Duration;

/**
 * The configuration the use cases read: token lifetimes, lockout, audit retention, sign-up, and the
 * key that signs audit anchors.
 */
public record Settings(
    AuthSettings auth,
    LockoutPolicy lockout,
    Duration auditRetention,
    boolean signupEnabled,
    AuditAnchorKey auditAnchorKey,
    RetryPolicy webhookRetry) {}
