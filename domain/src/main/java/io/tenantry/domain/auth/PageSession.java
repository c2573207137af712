package io.tenantry.domain.auth;

import io.tenantry.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A signed-in browser on the hosted pages: the hash of its cookie, bound to one Tenantry session
 * ({@code sid}) so that ending the session ends the pages session too, and idle-limited on its own.
 */
public record PageSession(
    UUID id, TokenHash hash, UserId user, UUID session, Instant createdAt, Instant lastSeenAt) {
  public PageSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
  }

  /** A pages session opened now. */
  public static PageSession open(TokenHash hash, UserId user, UUID session, Instant now) {
    return new PageSession(UUID.randomUUID(), hash, user, session, now, now);
  }

  /** Whether the browser was idle for longer than {@code idleTimeout} at {@code now}. */
  public boolean idleAt(Instant now, Duration idleTimeout) {
    return !lastSeenAt.plus(idleTimeout).isAfter(now);
  }
}
