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
    Duration sessionMaxLifetime) {}
