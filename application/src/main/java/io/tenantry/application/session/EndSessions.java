package io.tenantry.application.session;

import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.user.User;
import java.time.Instant;

/**
 * Ends every session of a user: the security version moves on, so no access token issued so far
 * passes, and every refresh token is revoked. Runs in the caller's unit of work; the caller saves
 * the user.
 */
public final class EndSessions {
  private final RefreshTokenRepository refreshTokens;

  public EndSessions(RefreshTokenRepository refreshTokens) {
    this.refreshTokens = refreshTokens;
  }

  public void of(User user, Instant now) {
    user.revokeSessions(now);
    refreshTokens.revokeAllOf(user.id(), now);
  }
}
