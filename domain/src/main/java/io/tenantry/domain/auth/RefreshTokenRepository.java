package io.tenantry.domain.auth;

import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens of the current tenant, stored by hash only. */
public interface RefreshTokenRepository {
  void save(RefreshToken token);

  /** Stores a token that is new (a session's first or a successor) without reading first. */
  void add(RefreshToken token);

  /**
   * Marks the token of {@code hash} rotated at {@code now} if it is still usable (not rotated,
   * revoked or expired) and belongs to a session of {@code client} (empty: the JSON login API), and
   * stores its successor as {@link RefreshToken#rotate(TokenHash, SessionOrigin, Instant, Instant)}
   * makes it (hash {@code next}, requested from {@code from}, issued at {@code now}, expiring at
   * {@code expires} or the session's end), in {@code tenant}'s store, as one statement that commits
   * on its own, outside any unit of work (call it with none open): the common refresh without a
   * transaction around it. Returns the stored successor; empty, and nothing stored, when no usable
   * token of {@code client} has {@code hash}. A concurrent second use of the same token waits for
   * the first to end, then finds it rotated.
   */
  Optional<RefreshToken> rotateAlone(
      TenantRef tenant,
      TokenHash hash,
      Optional<String> client,
      Instant now,
      TokenHash next,
      SessionOrigin from,
      Instant expires);

  /**
   * Takes back a rotation whose successor was never handed out: {@code successor} is deleted and
   * the token of {@code used}, rotated when the successor was issued, is usable again.
   */
  void undoRotation(TokenHash used, RefreshToken successor);

  /** Finds the token and locks it until the unit of work ends, so one token rotates once. */
  Optional<RefreshToken> findByHashForUpdate(TokenHash hash);

  void revokeFamily(UUID familyId, Instant now);

  void revokeAllOf(UserId user, Instant now);

  /** Revokes every session of {@code user} except {@code kept} (the caller's own). */
  void revokeAllOfExcept(UserId user, UUID kept, Instant now);

  /**
   * The newest token of each live session of {@code user} (not rotated, revoked or expired at
   * {@code now}): one element per session, most recently used first.
   */
  List<RefreshToken> liveSessionsOf(UserId user, Instant now);

  /**
   * Deletes every token of at most {@code sessions} sessions that ended before {@code cutoff}: none
   * of their tokens was usable at {@code cutoff} (each was rotated, revoked or expired, or the
   * session's absolute end had passed, before it). Tokens of a session that lives on, rotated ones
   * included, stay: presenting one of them again is how reuse is detected. Returns how many tokens
   * went.
   */
  long purgeEndedBefore(Instant cutoff, int sessions);
}
