package io.tenantry.application.auth;

import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.Scope;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What an access token (RFC 9068) says: whose it is (a user, or for client credentials the client
 * itself), in which tenant, the security version and session it saw, the client it was issued to,
 * its scope and the client's own audience (Tenantry's audience is always added by the signer), and
 * for a user's token how they authenticated ({@code amr}; null for a client's own token).
 */
public record AccessTokenClaims(
    UserId userId,
    TenantId tenantId,
    TenantSlug tenant,
    Email email,
    Set<Role> roles,
    long securityVersion,
    UUID sessionId,
    ClientId clientId,
    Scope scope,
    String audience,
    AuthMethods methods) {
  public AccessTokenClaims {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(scope, "scope");
    if ((userId == null) != (email == null)) {
      throw new IllegalArgumentException("a user token names the user and their e-mail");
    }
    roles = Set.copyOf(roles);
  }

  /**
   * A user's token issued to {@code grant}'s client with its scope, in session {@code sessionId},
   * authenticated by {@code methods}.
   */
  public static AccessTokenClaims ofUser(
      UserId userId,
      TenantRef tenant,
      Email email,
      Set<Role> roles,
      long securityVersion,
      UUID sessionId,
      ClientGrant grant,
      AuthMethods methods) {
    return new AccessTokenClaims(
        userId,
        tenant.id(),
        tenant.slug(),
        email,
        roles,
        securityVersion,
        sessionId,
        grant.client(),
        grant.scope(),
        grant.audience().orElse(null),
        methods);
  }

  /** A service client's own token (client credentials): its subject is the client. */
  public static AccessTokenClaims ofClient(TenantRef tenant, Set<Role> roles, ClientGrant grant) {
    return new AccessTokenClaims(
        null,
        tenant.id(),
        tenant.slug(),
        null,
        roles,
        0,
        null,
        grant.client(),
        grant.scope(),
        grant.audience().orElse(null),
        null);
  }

  /** Whether this is a client's own token (client credentials) rather than a user's. */
  public boolean isClientToken() {
    return userId == null;
  }

  /** The {@code sub} claim: the user id, or the client id of a client's own token. */
  public String subject() {
    return isClientToken() ? clientId.value() : userId.toString();
  }

  /** The session ({@code sid}) the token belongs to, if it names one. */
  public Optional<UUID> session() {
    return Optional.ofNullable(sessionId);
  }

  /** How the user authenticated; empty for a client's own token or one read back. */
  public Optional<AuthMethods> authMethods() {
    return Optional.ofNullable(methods);
  }

  public Optional<String> ownAudience() {
    return Optional.ofNullable(audience);
  }

  public TenantRef tenantRef() {
    return new TenantRef(tenantId, tenant);
  }
}
