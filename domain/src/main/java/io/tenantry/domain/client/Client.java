package io.tenantry.domain.client;

import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An application registered with a tenant to use its OAuth 2.0 / OpenID Connect endpoints. Only the
 * SHA-256 of its secret is kept (the secret is 256 random bits, so a fast hash is enough); the
 * secret itself is shown once.
 */
public final class Client {
  private final ClientId id;
  private final TenantId tenantId;
  private final ClientType type;
  private final Instant createdAt;
  private ClientSettings settings;
  private TokenHash secretHash;
  private Instant updatedAt;

  private Client(
      ClientId id,
      TenantId tenantId,
      ClientType type,
      ClientSettings settings,
      TokenHash secretHash,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id);
    this.tenantId = Objects.requireNonNull(tenantId);
    this.type = Objects.requireNonNull(type);
    this.settings = settings.requireFitFor(type);
    this.secretHash = secretHash;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.updatedAt = Objects.requireNonNull(updatedAt);
    if (type.hasSecret() != (secretHash != null)) {
      throw new IllegalArgumentException("a " + type.wireName() + " client's secret is wrong");
    }
  }

  /** A new client; {@code secret} is the hash of its first secret (none for public clients). */
  public static Client register(
      TenantId tenant, ClientType type, ClientSettings settings, TokenHash secret, Instant now) {
    return new Client(ClientId.random(), tenant, type, settings, secret, now, now);
  }

  public static Client restore(
      ClientId id,
      TenantId tenant,
      ClientType type,
      ClientSettings settings,
      TokenHash secret,
      Instant createdAt,
      Instant updatedAt) {
    return new Client(id, tenant, type, settings, secret, createdAt, updatedAt);
  }

  public void reconfigure(ClientSettings changed, Instant now) {
    this.settings = changed.requireFitFor(type);
    this.updatedAt = now;
  }

  /** Replaces the secret; the old one stops working at once. */
  public void rotateSecret(TokenHash next, Instant now) {
    if (!type.hasSecret()) {
      throw new RuleViolationException("type", "a public client has no secret");
    }
    this.secretHash = Objects.requireNonNull(next);
    this.updatedAt = now;
  }

  /** Whether {@code presented} is this client's secret, compared in constant time. */
  public boolean secretMatches(String presented) {
    if (secretHash == null || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        secretHash.hex().getBytes(StandardCharsets.US_ASCII),
        TokenHash.of(presented).hex().getBytes(StandardCharsets.US_ASCII));
  }

  /** Whether {@code presented} is one of the registered redirect URIs, exactly. */
  public boolean allowsRedirect(String presented) {
    return settings.redirectUris().stream().anyMatch(uri -> uri.matches(presented));
  }

  /** Whether {@code presented} is one of the registered post-logout redirect URIs, exactly. */
  public boolean allowsPostLogoutRedirect(String presented) {
    return settings.postLogoutRedirectUris().stream().anyMatch(uri -> uri.matches(presented));
  }

  public ClientId id() {
    return id;
  }

  public TenantId tenantId() {
    return tenantId;
  }

  public ClientType type() {
    return type;
  }

  public ClientSettings settings() {
    return settings;
  }

  public ClientName name() {
    return settings.name();
  }

  public List<RedirectUri> redirectUris() {
    return settings.redirectUris();
  }

  public List<RedirectUri> postLogoutRedirectUris() {
    return settings.postLogoutRedirectUris();
  }

  /** The roles a service client acts with (client credentials); empty for the other types. */
  public Set<Role> roles() {
    return settings.roles();
  }

  /** The client's own audience for its access tokens, besides Tenantry's. */
  public Optional<String> audience() {
    return settings.ownAudience();
  }

  public Optional<TokenHash> secretHash() {
    return Optional.ofNullable(secretHash);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
