package io.tenantry.security;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import jakarta.json.JsonString;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * RS256 access tokens: signed with smallrye-jwt-build, verified with smallrye-jwt's parser against
 * the published key set (signature, algorithm, issuer and expiry), then mapped to our claims.
 */
public final class JwtAccessTokens implements AccessTokens {
  private static final String TENANT_ID = "tid";
  private static final String TENANT = "tenant";
  private static final String SECURITY_VERSION = "sv";
  private static final String SESSION = "sid";

  private final JwtKeys keys;
  private final String issuer;
  private final Clock clock;
  private final DefaultJWTParser parser;

  public JwtAccessTokens(JwtKeys keys, String issuer, Clock clock) {
    this.keys = keys;
    this.issuer = issuer;
    this.clock = clock;
    JWTAuthContextInfo context = new JWTAuthContextInfo();
    context.setPublicKeyContent(keys.jwks());
    context.setIssuedBy(issuer);
    context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
    context.setRequiredClaims(
        Set.of("sub", "exp", "iat", "jti", TENANT_ID, TENANT, SECURITY_VERSION));
    context.setClockSkew(5);
    this.parser = new DefaultJWTParser(context);
  }

  @Override
  public IssuedToken issue(AccessTokenClaims claims, Duration ttl) {
    Instant now = clock.instant();
    JwtClaimsBuilder builder =
        Jwt.issuer(issuer)
            .subject(claims.userId().toString())
            .upn(claims.email().value())
            .groups(claims.roles().stream().map(Role::name).collect(Collectors.toSet()))
            .claim("jti", UUID.randomUUID().toString())
            .claim(TENANT_ID, claims.tenantId().toString())
            .claim(TENANT, claims.tenant().value())
            .claim(SECURITY_VERSION, claims.securityVersion())
            .issuedAt(now)
            .expiresAt(now.plus(ttl));
    claims.session().ifPresent(sid -> builder.claim(SESSION, sid.toString()));
    String token =
        builder
            .jws()
            .keyId(keys.currentKid())
            .algorithm(SignatureAlgorithm.RS256)
            .sign(keys.signingKey());
    return new IssuedToken(token, ttl.toSeconds());
  }

  @Override
  public Optional<AccessTokenClaims> verify(String token) {
    try {
      JsonWebToken jwt = parser.parse(token);
      return Optional.of(
          new AccessTokenClaims(
              new UserId(UUID.fromString(jwt.getSubject())),
              new TenantId(UUID.fromString(text(jwt.getClaim(TENANT_ID)))),
              new TenantSlug(text(jwt.getClaim(TENANT))),
              new Email(jwt.getName()),
              jwt.getGroups().stream().map(Role::new).collect(Collectors.toSet()),
              Long.parseLong(text(jwt.getClaim(SECURITY_VERSION))),
              session(jwt)));
    } catch (ParseException | DomainException | IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** The session id; tokens issued before sessions had ids carry none. */
  private static UUID session(JsonWebToken jwt) {
    Object sid = jwt.getClaim(SESSION);
    return sid == null ? null : UUID.fromString(text(sid));
  }

  private static String text(Object claim) {
    return claim instanceof JsonString string ? string.getString() : String.valueOf(claim);
  }
}
