package io.tenantry.domain.mfa;

import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's TOTP authenticator: its secret (sealed, never in clear outside a use case), whether it
 * is confirmed, and the last time step a code was accepted for, so no code works twice.
 */
public final class TotpFactor {
  private final UserId userId;
  private final String sealedSecret;
  private final Instant createdAt;
  private Instant confirmedAt;
  private long lastUsedStep;

  private TotpFactor(
      UserId userId,
      String sealedSecret,
      Instant createdAt,
      Instant confirmedAt,
      long lastUsedStep) {
    this.userId = Objects.requireNonNull(userId);
    this.sealedSecret = Objects.requireNonNull(sealedSecret);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.confirmedAt = confirmedAt;
    this.lastUsedStep = lastUsedStep;
  }

  /** A new secret waiting for its first code; it guards nothing yet. */
  public static TotpFactor pending(UserId user, String sealedSecret, Instant now) {
    return new TotpFactor(user, sealedSecret, now, null, -1);
  }

  public static TotpFactor restore(
      UserId user, String sealedSecret, Instant createdAt, Instant confirmedAt, long lastUsedStep) {
    return new TotpFactor(user, sealedSecret, createdAt, confirmedAt, lastUsedStep);
  }

  /**
   * Accepts a code of time step {@code step} once: a step at or before the last accepted one is a
   * replay (or an older code seen later) and is refused.
   */
  public boolean accept(long step) {
    if (step <= lastUsedStep) {
      return false;
    }
    lastUsedStep = step;
    return true;
  }

  /** The first right code proves the authenticator holds the secret. */
  public void confirm(Instant now) {
    if (confirmedAt == null) {
      confirmedAt = now;
    }
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  public UserId userId() {
    return userId;
  }

  public String sealedSecret() {
    return sealedSecret;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> confirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }

  public long lastUsedStep() {
    return lastUsedStep;
  }

  @Override
  public String toString() {
    return "TotpFactor[" + userId + ", confirmed=" + isConfirmed() + ", secret redacted]";
  }
}
