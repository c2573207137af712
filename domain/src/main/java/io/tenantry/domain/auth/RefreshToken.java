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
  private final SessionChain session;
  private final SessionOrigin origin;
  private final TokenHash hash;
  private final Instant issuedAt;
  private final Instant expiresAt;
  private Instant rotatedAt;
  private Instant revokedAt;

  private RefreshToken(RefreshTokenSnapshot s) {
    this.id = Objects.requireNonNull(s.id());
    this.userId = Objects.requireNonNull(s.userId());
    this.session = Objects.requireNonNull(s.session());
    this.origin = Objects.requireNonNull(s.origin());
    this.hash = Objects.requireNonNull(s.hash());
    this.issuedAt = Objects.requireNonNull(s.issuedAt());
    this.expiresAt = Objects.requireNonNull(s.expiresAt());
    this.rotatedAt = s.rotatedAt();
    this.revokedAt = s.revokedAt();
  }

  /** The first token of a new login; it never outlives the session. */
  public static RefreshToken startFamily(
      UserId user,
      SessionChain session,
      SessionOrigin origin,
      TokenHash hash,
      Instant now,
      Instant expires) {
    return new RefreshToken(
        new RefreshTokenSnapshot(
            UUID.randomUUID(),
            user,
            session,
            origin,
            hash,
            now,
            cap(expires, session),
            null,
            null));
  }

  /** The first token of a new login whose session ends when this token does. */
  public static RefreshToken startFamily(
      UserId user, TokenHash hash, Instant now, Instant expires) {
    return startFamily(
        user, SessionChain.start(now, expires, 0), SessionOrigin.unknown(), hash, now, expires);
  }

  /** Marks this token used and returns its successor in the same session. */
  public RefreshToken rotate(TokenHash next, Instant now, Instant expires) {
    return rotate(next, origin, now, expires);
  }

  /** Marks this token used and returns its successor, requested from {@code from}. */
  public RefreshToken rotate(TokenHash next, SessionOrigin from, Instant now, Instant expires) {
    rotatedAt = now;
    return new RefreshToken(
        new RefreshTokenSnapshot(
            UUID.randomUUID(),
            userId,
            session,
            from,
            next,
            now,
            cap(expires, session),
            null,
            null));
  }

  public static RefreshToken restore(RefreshTokenSnapshot snapshot) {
    return new RefreshToken(snapshot);
  }

  private static Instant cap(Instant expires, SessionChain session) {
    return expires.isAfter(session.expiresAt()) ? session.expiresAt() : expires;
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

  /** The session this token belongs to; its id is the {@code sid} claim. */
  public UUID familyId() {
    return session.id();
  }

  public SessionChain session() {
    return session;
  }

  public SessionOrigin origin() {
    return origin;
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
