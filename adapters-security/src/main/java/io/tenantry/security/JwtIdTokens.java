package io.tenantry.security;

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
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * OpenID Connect ID tokens (OIDC Core §2): signed like the access tokens (jose4j), with their key,
 * header {@code typ: JWT}, {@code aud} the client. Hints are read back with jose4j: the signature
 * against our key set, the header type and the issuer are checked, the expiry is not (a logout may
 * carry an old ID token).
 */
public final class JwtIdTokens implements IdTokens {
  /** The {@code typ} header of an ID token. */
  public static final String TYPE = "JWT";

  private final String issuer;
  private final Clock clock;
  private final JwsSigner signer;
  private final JwtConsumer hints;

  public JwtIdTokens(JwtKeys keys, String issuer, Clock clock) {
    this.issuer = issuer;
    this.signer = keys.signer(TYPE);
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
    JwtClaims jwt = new JwtClaims();
    jwt.setIssuer(issuer);
    jwt.setSubject(claims.subject().toString());
    jwt.setAudience(claims.audience());
    jwt.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
    jwt.setExpirationTime(NumericDate.fromSeconds(now.plus(ttl).getEpochSecond()));
    jwt.setClaim("auth_time", claims.authTime().getEpochSecond());
    jwt.setClaim("sid", claims.session().toString());
    jwt.setClaim("email", claims.email().value());
    jwt.setClaim("email_verified", claims.emailVerified());
    jwt.setClaim("name", claims.name());
    jwt.setClaim("tid", claims.tenant().id().toString());
    jwt.setClaim("tenant", claims.tenant().slug().value());
    jwt.setStringListClaim("amr", claims.methods().amr());
    claims.nonce().ifPresent(nonce -> jwt.setClaim("nonce", nonce));
    // Every ID token has carried its own jti (smallrye-jwt-build added one).
    jwt.setClaim("jti", UUID.randomUUID().toString());
    return signer.sign(jwt);
  }

  @Override
  public Optional<IdTokenHint> readHint(String token) {
    try {
      JwtContext context = hints.process(token);
      if (!JwtHeaders.isType(context.getJoseObjects().get(0).getHeader("typ"), TYPE)) {
        return Optional.empty();
      }
      JwtClaims claims = context.getJwtClaims();
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
