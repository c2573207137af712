package io.tenantry.domain.auth;

import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * Every field of a refresh token, for loading it from storage; {@code rotatedAt} and {@code
 * revokedAt} are null while it has not been.
 */
public record RefreshTokenSnapshot(
    UUID id,
    UserId userId,
    SessionChain session,
    SessionOrigin origin,
    TokenHash hash,
    Instant issuedAt,
    Instant expiresAt,
    Instant rotatedAt,
    Instant revokedAt) {}
