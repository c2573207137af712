package io.tenantry.domain.auth;

import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * Every field of a one-time token, for loading it from storage; {@code usedAt} is null while it is
 * unused, {@code client} while it is bound to none.
 */
public record OneTimeTokenSnapshot(
    UUID id,
    UserId userId,
    TokenPurpose purpose,
    TokenHash hash,
    Instant createdAt,
    Instant expiresAt,
    Instant usedAt,
    String client) {}
