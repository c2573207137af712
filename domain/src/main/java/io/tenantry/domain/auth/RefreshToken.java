package io.tenantry.domain.auth;

import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One link in a login's chain of refresh tokens. Each use rotates it; a rotated token presented
 * again means the chain leaked, and the whole family is revoked.
 */
public final class RefreshToken {
  private final UUID id;
  private final UserId userId;
  private final UUID familyId;
  private final TokenHash hash;
  private final Instant issuedAt;
  private final Instant expiresAt;
  private Instant rotatedAt;
  private Instant revokedAt;

  private RefreshToken(
      UUID id,
      UserId userId,
      UUID familyId,
      TokenHash hash,
      Instant issuedAt,
      Instant expiresAt,
      Instant rotatedAt,
      Instant revokedAt) {
    this.id = Objects.requireNonNull(id);
    this.userId = Objects.requireNonNull(userId);
    this.familyId = Objects.requireNonNull(familyId);
    this.hash = Objects.requireNonNull(hash);
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
    this.rotatedAt = rotatedAt;
    this.revokedAt = revokedAt;
  }

  /** The first token of a new login. */
  public static RefreshToken startFamily(
      UserId user, TokenHash hash, Instant now, Instant expires) {
    return new RefreshToken(
        UUID.randomUUID(), user, UUID.randomUUID(), hash, now, expires, null, null);
  }

  /** Marks this token used and returns its successor in the same family. */
  public RefreshToken rotate(TokenHash next, Instant now, Instant expires) {
    rotatedAt = now;
    return new RefreshToken(UUID.randomUUID(), userId, familyId, next, now, expires, null, null);
  }

  public static RefreshToken restore(
      UUID id,
      UserId userId,
      UUID familyId,
      TokenHash hash,
      Instant issuedAt,
      Instant expiresAt,
      Instant rotatedAt,
      Instant revokedAt) {
    return new RefreshToken(id, userId, familyId, hash, issuedAt, expiresAt, rotatedAt, revokedAt);
  }

  public boolean isRotated() {
    return rotatedAt != null;
  }

  public boolean isUsable(Instant now) {
    return rotatedAt == null && revokedAt == null && expiresAt.isAfter(now);
  }

  public UUID id() {
    return id;
  }

  public UserId userId() {
    return userId;
  }

  public UUID familyId() {
    return familyId;
  }

  public TokenHash hash() {
    return hash;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<Instant> rotatedAt() {
    return Optional.ofNullable(rotatedAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }
}
