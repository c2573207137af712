package io.tenantry.application.session;

import io.tenantry.domain.auth.RefreshToken;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One live session as its owner or an administrator sees it; never a token or its hash. */
public record SessionView(
    UUID id,
    Instant createdAt,
    Instant lastUsedAt,
    Optional<String> ip,
    Optional<String> userAgent,
    Optional<String> clientId,
    boolean current) {

  /** The session of {@code head} (its newest token); current when it is the caller's own. */
  public static SessionView of(RefreshToken head, Optional<UUID> callerSession) {
    return new SessionView(
        head.familyId(),
        head.session().startedAt(),
        head.issuedAt(),
        head.origin().clientIp(),
        head.origin().agent(),
        head.session().client(),
        callerSession.map(head.familyId()::equals).orElse(false));
  }
}
