package io.tenantry.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.tenantry.application.auth.IdTokenClaims;
import io.tenantry.application.auth.IdTokenHint;
import io.tenantry.application.auth.IdTokens;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * OpenID Connect ID tokens (OIDC Core §2): signed like the access tokens, with their key, header
 * {@code typ: JWT}, {@code aud} the client. Hints are read back with jose4j: the signature against
 * our key set and the issuer are checked, the expiry is not (a logout may carry an old ID token).
 */
public final class JwtIdTokens implements IdTokens {
  /** The {@code typ} header of an ID token. */
  public static final String TYPE = "JWT";

  private final JwtKeys keys;
  private final String issuer;
  private final Clock clock;
  private final JwtConsumer hints;

  public JwtIdTokens(JwtKeys keys, String issuer, Clock clock) {
    this.keys = keys;
    this.issuer = issuer;
    this.clock = clock;
    try {
      this.hints =
          new JwtConsumerBuilder()
              .setSkipAllDefaultValidators()
              .setVerificationKeyResolver(
                  new JwksVerificationKeyResolver(new JsonWebKeySet(keys.jwks()).getJsonWebKeys()))
              .build();
    } catch (JoseException e) {
      throw new IllegalStateException("the published key set cannot be read", e);
    }
  }

  @Override
  public String issue(IdTokenClaims claims, Duration ttl) {
    Instant now = clock.instant();
    JwtClaimsBuilder builder =
        Jwt.issuer(issuer)
            .subject(claims.subject().toString())
            .audience(claims.audience())
            .issuedAt(now)
            .expiresAt(now.plus(ttl))
            .claim("auth_time", claims.authTime().getEpochSecond())
            .claim("sid", claims.session().toString())
            .claim("email", claims.email().value())
            .claim("email_verified", claims.emailVerified())
            .claim("name", claims.name())
            .claim("tid", claims.tenant().id().toString())
            .claim("tenant", claims.tenant().slug().value())
            .claim("amr", claims.methods().amr());
    claims.nonce().ifPresent(nonce -> builder.claim("nonce", nonce));
    return builder
        .jws()
        .type(TYPE)
        .keyId(keys.currentKid())
        .algorithm(keys.algorithm())
        .sign(keys.signingKey());
  }

  @Override
  public Optional<IdTokenHint> readHint(String token) {
    if (!JwtHeaders.hasType(token, TYPE)) {
      return Optional.empty();
    }
    try {
      JwtClaims claims = hints.processToClaims(token);
      List<String> audience = claims.getAudience();
      if (!issuer.equals(claims.getIssuer()) || audience.size() != 1) {
        return Optional.empty();
      }
      String sid = claims.getStringClaimValue("sid");
      return Optional.of(
          new IdTokenHint(
              new TenantId(UUID.fromString(claims.getStringClaimValue("tid"))),
              new UserId(UUID.fromString(claims.getSubject())),
              audience.get(0),
              Optional.ofNullable(sid).map(UUID::fromString)));
    } catch (Exception e) {
      // Anything unreadable, unsigned by us or malformed is simply not a hint.
      return Optional.empty();
    }
  }
}
