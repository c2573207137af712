package io.tenantry.application.user;

import java.time.Instant;
import java.util.Optional;

/**
 * A user's second-factor state as their export shows it: whether MFA guards the account, when the
 * TOTP authenticator was set up and confirmed, and how many recovery codes are left. Never the
 * secret or a code.
 */
public record MfaSummary(
    boolean enabled,
    Optional<Instant> totpCreatedAt,
    Optional<Instant> since,
    int recoveryCodesRemaining) {}
