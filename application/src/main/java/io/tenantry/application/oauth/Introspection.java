package io.tenantry.application.oauth;

import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.Scope;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What RFC 7662 introspection tells about a token that is active; an inactive token tells nothing
 * (empty {@link #of}).
 */
public record Introspection(
    String subject,
    TenantRef tenant,
    ClientId clientId,
    Scope scope,
    Optional<Email> username,
    Set<Role> roles,
    Optional<UUID> session,
    Instant expiresAt,
    TokenKind kind) {

  public Introspection {
    roles = Set.copyOf(roles);
  }

  /** Which kind of token was introspected ({@code token_type} in the answer). */
  public enum TokenKind {
    ACCESS_TOKEN,
    REFRESH_TOKEN
  }
}
