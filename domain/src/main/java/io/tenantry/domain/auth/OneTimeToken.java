package io.tenantry.domain.auth;

import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A single-use, expiring token: sent by mail (invitation, e-mail verification, password reset), or
 * the {@code mfa_token} of a login's second step, which is bound to the client it was issued to.
 */
public final class OneTimeToken {
  private final UUID id;
  private final UserId userId;
  private final TokenPurpose purpose;
  private final TokenHash hash;
  private final Instant createdAt;
  private final Instant expiresAt;
  private final String client;
  private Instant usedAt;

  private OneTimeToken(OneTimeTokenSnapshot s) {
    this.id = Objects.requireNonNull(s.id());
    this.userId = Objects.requireNonNull(s.userId());
    this.purpose = Objects.requireNonNull(s.purpose());
    this.hash = Objects.requireNonNull(s.hash());
    this.createdAt = Objects.requireNonNull(s.createdAt());
    this.expiresAt = Objects.requireNonNull(s.expiresAt());
    this.usedAt = s.usedAt();
    this.client = s.client();
  }

  public static OneTimeToken issue(
      UserId user, TokenPurpose purpose, TokenHash hash, Instant now, Instant expires) {
    return new OneTimeToken(
        new OneTimeTokenSnapshot(UUID.randomUUID(), user, purpose, hash, now, expires, null, null));
  }

  /** A token that only {@code client} (a {@code client_id}) may redeem. */
  public static OneTimeToken issueFor(
      String client,
      UserId user,
      TokenPurpose purpose,
      TokenHash hash,
      Instant now,
      Instant expires) {
    return new OneTimeToken(
        new OneTimeTokenSnapshot(
            UUID.randomUUID(),
            user,
            purpose,
            hash,
            now,
            expires,
            null,
            Objects.requireNonNull(client)));
  }

  /** Restores a token, bound to {@code client} when that is not null. */
  public static OneTimeToken restore(OneTimeTokenSnapshot snapshot) {
    return new OneTimeToken(snapshot);
  }

  /** Whether it can still be redeemed for {@code expected}; the purpose must match too. */
  public boolean isRedeemable(TokenPurpose expected, Instant now) {
    return purpose == expected && usedAt == null && expiresAt.isAfter(now);
  }

  public void markUsed(Instant now) {
    usedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UserId userId() {
    return userId;
  }

  public TokenPurpose purpose() {
    return purpose;
  }

  public TokenHash hash() {
    return hash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** The client the token was issued to, when it is bound to one. */
  public Optional<String> client() {
    return Optional.ofNullable(client);
  }

  public Optional<Instant> usedAt() {
    return Optional.ofNullable(usedAt);
  }
}
