package io.tenantry.security;

import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.Scope;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * Access tokens (RS256 or ES256, as the keys say) in the RFC 9068 shape ({@code typ: at+jwt},
 * {@code aud}, {@code client_id}, {@code scope}, {@code sid}, and {@code amr} on a user's token),
 * signed and verified with jose4j: the signature by the published key the {@code kid} names, the
 * algorithm, issuer, audience, expiry and the header type, then mapped to our claims. Every token
 * carries Tenantry's audience, and a client's own audience first when it has one.
 */
public final class JwtAccessTokens implements AccessTokens {
  /** The {@code typ} header of an RFC 9068 access token. */
  public static final String TYPE = "at+jwt";

  /** Tenantry's audience when {@code app.jwt.audience} is not set. */
  public static final String DEFAULT_AUDIENCE = "tenantry";

  private static final String TENANT_ID = "tid";
  private static final String TENANT = "tenant";
  private static final String SECURITY_VERSION = "sv";
  private static final String SESSION = "sid";
  private static final String CLIENT_ID = "client_id";
  private static final String SCOPE = "scope";
  private static final String AMR = "amr";
  private static final String GROUPS = "groups";
  private static final String UPN = "upn";

  /** Seconds of clock difference tolerated on {@code exp}, {@code iat} and {@code nbf}. */
  private static final int CLOCK_SKEW_SECONDS = 5;

  private static final Set<String> REQUIRED_CLAIMS =
      Set.of("sub", "exp", "iat", "jti", "aud", TENANT_ID, TENANT, CLIENT_ID);

  private final String issuer;
  private final String audience;
  private final Clock clock;
  private final JwsSigner signer;
  private final JwtConsumer consumer;
  private final VerifiedTokens verified = new VerifiedTokens();

  public JwtAccessTokens(JwtKeys keys, String issuer, Clock clock) {
    this(keys, issuer, DEFAULT_AUDIENCE, clock);
  }

  public JwtAccessTokens(JwtKeys keys, String issuer, String audience, Clock clock) {
    this.issuer = issuer;
    this.audience = audience;
    this.clock = clock;
    this.signer = keys.signer(TYPE);
    // Expiry is checked against the system clock, as the cache in front of it does.
    this.consumer =
        new JwtConsumerBuilder()
            .setVerificationKeyResolver(keys.keyResolver())
            .setJwsAlgorithmConstraints(
                new AlgorithmConstraints(ConstraintType.PERMIT, keys.acceptedAlgorithmNames()))
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
            .setExpectedIssuer(issuer)
            .setExpectedAudience(audience)
            .build();
  }

  @Override
  public IssuedToken issue(AccessTokenClaims claims, Duration ttl) {
    Instant now = clock.instant();
    List<String> audiences = new ArrayList<>(2);
    claims.ownAudience().ifPresent(audiences::add);
    if (!audiences.contains(audience)) {
      audiences.add(audience);
    }
    JwtClaims jwt = new JwtClaims();
    jwt.setIssuer(issuer);
    jwt.setSubject(claims.subject());
    jwt.setAudience(audiences); // one audience is written as a string
    jwt.setStringListClaim(GROUPS, claims.roles().stream().map(Role::name).distinct().toList());
    jwt.setClaim("jti", UUID.randomUUID().toString());
    jwt.setClaim(TENANT_ID, claims.tenantId().toString());
    jwt.setClaim(TENANT, claims.tenant().value());
    jwt.setClaim(CLIENT_ID, claims.clientId().value());
    jwt.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
    jwt.setExpirationTime(NumericDate.fromSeconds(now.plus(ttl).getEpochSecond()));
    if (!claims.isClientToken()) {
      jwt.setClaim(UPN, claims.email().value());
      jwt.setClaim(SECURITY_VERSION, claims.securityVersion());
    }
    if (!claims.scope().isEmpty()) {
      jwt.setClaim(SCOPE, claims.scope().value());
    }
    claims.session().ifPresent(sid -> jwt.setClaim(SESSION, sid.toString()));
    claims.authMethods().ifPresent(methods -> jwt.setStringListClaim(AMR, methods.amr()));
    return new IssuedToken(signer.sign(jwt), ttl.toSeconds());
  }

  @Override
  public Optional<VerifiedToken> inspect(String token) {
    if (token == null) {
      return Optional.empty();
    }
    return verified.lookup(token, this::parse);
  }

  private Optional<VerifiedToken> parse(String token) {
    try {
      JwtContext context = consumer.process(token);
      if (!JwtHeaders.isType(context.getJoseObjects().get(0).getHeader("typ"), TYPE)) {
        return Optional.empty();
      }
      JwtClaims jwt = context.getJwtClaims();
      long expiry = jwt.getExpirationTime().getValue();
      if (!jwt.getClaimsMap().keySet().containsAll(REQUIRED_CLAIMS)
          || jwt.getIssuedAt().getValue() > expiry) {
        return Optional.empty();
      }
      return Optional.of(new VerifiedToken(claimsOf(jwt), Instant.ofEpochSecond(expiry)));
    } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
      // Unsigned by us, expired, for someone else, or claims that are not ours: not a token.
      return Optional.empty();
    }
  }

  private AccessTokenClaims claimsOf(JwtClaims jwt) throws MalformedClaimException {
    ClientId client = new ClientId(text(jwt.getClaimValue(CLIENT_ID)));
    String name = principalName(jwt);
    boolean clientToken = name == null || jwt.getClaimValue(SECURITY_VERSION) == null;
    if (clientToken && !client.value().equals(jwt.getSubject())) {
      throw new IllegalArgumentException("a token without a user is the client's own");
    }
    Object scope = jwt.getClaimValue(SCOPE);
    return new AccessTokenClaims(
        clientToken ? null : new UserId(UUID.fromString(jwt.getSubject())),
        new TenantId(UUID.fromString(text(jwt.getClaimValue(TENANT_ID)))),
        new TenantSlug(text(jwt.getClaimValue(TENANT))),
        clientToken ? null : new Email(name),
        groups(jwt).stream().map(Role::new).collect(Collectors.toSet()),
        clientToken ? 0 : Long.parseLong(text(jwt.getClaimValue(SECURITY_VERSION))),
        session(jwt),
        client,
        scope == null ? Scope.EMPTY : Scope.parse(text(scope)),
        jwt.getAudience().stream().filter(aud -> !aud.equals(audience)).findFirst().orElse(null),
        methods(jwt));
  }

  /**
   * The MicroProfile JWT principal name: {@code upn}, else {@code preferred_username}, else sub.
   */
  private static String principalName(JwtClaims jwt) throws MalformedClaimException {
    String upn = jwt.getClaimValue(UPN, String.class);
    if (upn != null) {
      return upn;
    }
    String preferred = jwt.getClaimValue("preferred_username", String.class);
    return preferred != null ? preferred : jwt.getSubject();
  }

  /** The roles: a JSON array of strings or one space-separated string; anything else, none. */
  private static List<String> groups(JwtClaims jwt) {
    Object groups = jwt.getClaimValue(GROUPS);
    if (groups instanceof String names) {
      return Arrays.asList(names.split(" "));
    }
    try {
      List<String> names = jwt.getStringListClaimValue(GROUPS);
      return names == null ? List.of() : names;
    } catch (MalformedClaimException notStrings) {
      return List.of();
    }
  }

  /** How the user authenticated; a client's own token and older tokens say nothing. */
  private static AuthMethods methods(JwtClaims jwt) {
    if (!(jwt.getClaimValue(AMR) instanceof Collection<?> values)) {
      return null;
    }
    List<String> names = values.stream().map(JwtAccessTokens::text).toList();
    return AuthMethods.ofStored(String.join(" ", names));
  }

  /** The session id; tokens issued before sessions had ids carry none. */
  private static UUID session(JwtClaims jwt) {
    Object sid = jwt.getClaimValue(SESSION);
    return sid == null ? null : UUID.fromString(text(sid));
  }

  private static String text(Object claim) {
    return String.valueOf(claim);
  }
}
