package io.tenantry.domain.auth;

import io.tenantry.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An OAuth 2.0 authorization code (RFC 6749 §4.1), kept by hash only: bound to the client, the
 * redirect URI and the PKCE challenge it was issued for, redeemable once before it expires. The
 * session its exchange started is remembered, so that a replay can end it.
 */
public final class AuthorizationCode {
  private static final Pattern VERIFIER = Pattern.compile("^[A-Za-z0-9._~-]{43,128}$");

  private final UUID id;
  private final TokenHash hash;
  private final Grant grant;
  private final Instant expiresAt;
  private Instant usedAt;
  private UUID issuedSession;

  /** What the user granted, to whom, and when and how they authenticated. */
  public record Grant(
      String clientId,
      String redirectUri,
      String codeChallenge,
      Optional<String> nonce,
      String scope,
      UserId user,
      UUID browserSession,
      Instant authTime,
      AuthMethods methods) {
    public Grant {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(redirectUri, "redirectUri");
      Objects.requireNonNull(codeChallenge, "codeChallenge");
      Objects.requireNonNull(nonce, "nonce");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(browserSession, "browserSession");
      Objects.requireNonNull(authTime, "authTime");
      methods = methods == null ? AuthMethods.PASSWORD : methods;
    }
  }

  private AuthorizationCode(
      UUID id, TokenHash hash, Grant grant, Instant expiresAt, Instant usedAt, UUID issuedSession) {
    this.id = Objects.requireNonNull(id);
    this.hash = Objects.requireNonNull(hash);
    this.grant = Objects.requireNonNull(grant);
    this.expiresAt = Objects.requireNonNull(expiresAt);
    this.usedAt = usedAt;
    this.issuedSession = issuedSession;
  }

  public static AuthorizationCode issue(TokenHash hash, Grant grant, Instant expiresAt) {
    return new AuthorizationCode(UUID.randomUUID(), hash, grant, expiresAt, null, null);
  }

  public static AuthorizationCode restore(
      UUID id, TokenHash hash, Grant grant, Instant expiresAt, Instant usedAt, UUID issuedSession) {
    return new AuthorizationCode(id, hash, grant, expiresAt, usedAt, issuedSession);
  }

  /** Whether the code may still be exchanged at {@code now}. */
  public boolean redeemableAt(Instant now) {
    return usedAt == null && expiresAt.isAfter(now);
  }

  /** Records the exchange and the session it started; the code is spent. */
  public void redeem(Instant now, UUID session) {
    if (usedAt != null) {
      throw new IllegalStateException("the code was already used");
    }
    this.usedAt = now;
    this.issuedSession = Objects.requireNonNull(session);
  }

  /** PKCE S256 (RFC 7636 §4.6): whether {@code verifier} hashes to the bound challenge. */
  public boolean verifies(String verifier) {
    if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
      return false;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      String computed = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
      return MessageDigest.isEqual(
          computed.getBytes(StandardCharsets.US_ASCII),
          grant.codeChallenge().getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  public UUID id() {
    return id;
  }

  public TokenHash hash() {
    return hash;
  }

  public Grant grant() {
    return grant;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<Instant> usedAt() {
    return Optional.ofNullable(usedAt);
  }

  /** The session the exchange started, once redeemed. */
  public Optional<UUID> issuedSession() {
    return Optional.ofNullable(issuedSession);
  }
}
