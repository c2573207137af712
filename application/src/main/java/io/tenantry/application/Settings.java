package io.tenantry.application;

import io.tenantry.application.auth.AuthSettings;
import io.tenantry.domain.user.LockoutPolicy;
import java.time.Duration;

/** The configuration the use cases read: token lifetimes, lockout, audit retention, sign-up. */
public record Settings(
    AuthSettings auth, LockoutPolicy lockout, Duration auditRetention, boolean signupEnabled) {}
