package io.tenantry.application.auth;

import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What an ID token says (OIDC Core §2): who signed in, for which client, when, how ({@code amr}),
 * in which session.
 */
public record IdTokenClaims(
    UserId subject,
    String audience,
    Optional<String> nonce,
    Instant authTime,
    UUID session,
    Email email,
    boolean emailVerified,
    String name,
    TenantRef tenant,
    AuthMethods methods) {
  public IdTokenClaims {
    methods = methods == null ? AuthMethods.PASSWORD : methods;
  }
}
