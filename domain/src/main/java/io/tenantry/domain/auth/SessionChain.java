package io.tenantry.domain.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What every refresh token of one login's chain shares: the session id (the {@code sid} claim),
 * when the login happened, the absolute end of the session, the user's security version at login,
 * the OAuth client it was issued to with the scope it was granted (none for the JSON API), and how
 * the user authenticated (the {@code amr} of every token of the chain, refreshes included).
 */
public record SessionChain(
    UUID id,
    Instant startedAt,
    Instant expiresAt,
    long securityVersion,
    String clientId,
    String scope,
    AuthMethods methods) {
  public SessionChain {
    Objects.requireNonNull(id);
    Objects.requireNonNull(startedAt);
    Objects.requireNonNull(expiresAt);
    methods = methods == null ? AuthMethods.PASSWORD : methods;
  }

  /** A session authenticated by password alone. */
  public SessionChain(
      UUID id,
      Instant startedAt,
      Instant expiresAt,
      long securityVersion,
      String clientId,
      String scope) {
    this(id, startedAt, expiresAt, securityVersion, clientId, scope, AuthMethods.PASSWORD);
  }

  /** A session without a recorded client or scope. */
  public SessionChain(
      UUID id, Instant startedAt, Instant expiresAt, long securityVersion, String clientId) {
    this(id, startedAt, expiresAt, securityVersion, clientId, null);
  }

  /** A new session starting {@code now} and ending at {@code expiresAt} at the latest. */
  public static SessionChain start(Instant now, Instant expiresAt, long securityVersion) {
    return new SessionChain(UUID.randomUUID(), now, expiresAt, securityVersion, null, null);
  }

  /** A new session of OAuth client {@code clientId}, granted {@code scope}. */
  public static SessionChain start(
      Instant now, Instant expiresAt, long securityVersion, String clientId, String scope) {
    return new SessionChain(UUID.randomUUID(), now, expiresAt, securityVersion, clientId, scope);
  }

  /** The same session, authenticated by {@code how}. */
  public SessionChain authenticatedBy(AuthMethods how) {
    return new SessionChain(id, startedAt, expiresAt, securityVersion, clientId, scope, how);
  }

  public Optional<String> client() {
    return Optional.ofNullable(clientId);
  }

  /**
   * Whether a refresh at {@code now} by a user at {@code currentSecurityVersion} may continue it.
   */
  public boolean allowsRefresh(Instant now, long currentSecurityVersion) {
    return expiresAt.isAfter(now) && securityVersion == currentSecurityVersion;
  }
}
