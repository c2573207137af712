package io.tenantry.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.Scope;
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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Access tokens (RS256 or ES256, as the keys say) in the RFC 9068 shape ({@code typ: at+jwt},
 * {@code aud}, {@code client_id}, {@code scope}, {@code sid}, and {@code amr} on a user's token):
 * signed with smallrye-jwt-build, verified with smallrye-jwt's parser against the published key set
 * (signature, algorithm, issuer, audience and expiry) and the header type, then mapped to our
 * claims. Every token carries Tenantry's audience, and a client's own audience first when it has
 * one.
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

  private final JwtKeys keys;
  private final String issuer;
  private final String audience;
  private final Clock clock;
  private final DefaultJWTParser parser;
  private final VerifiedTokens verified = new VerifiedTokens();

  public JwtAccessTokens(JwtKeys keys, String issuer, Clock clock) {
    this(keys, issuer, DEFAULT_AUDIENCE, clock);
  }

  public JwtAccessTokens(JwtKeys keys, String issuer, String audience, Clock clock) {
    this.keys = keys;
    this.issuer = issuer;
    this.audience = audience;
    this.clock = clock;
    JWTAuthContextInfo context = new JWTAuthContextInfo();
    context.setPublicKeyContent(keys.jwks());
    context.setIssuedBy(issuer);
    context.setExpectedAudience(Set.of(audience));
    context.setSignatureAlgorithm(keys.acceptedAlgorithms());
    context.setRequiredClaims(
        Set.of("sub", "exp", "iat", "jti", "aud", TENANT_ID, TENANT, CLIENT_ID));
    context.setClockSkew(5);
    this.parser = new DefaultJWTParser(context);
  }

  @Override
  public IssuedToken issue(AccessTokenClaims claims, Duration ttl) {
    Instant now = clock.instant();
    Set<String> audiences = new LinkedHashSet<>();
    claims.ownAudience().ifPresent(audiences::add);
    audiences.add(audience);
    JwtClaimsBuilder builder =
        Jwt.issuer(issuer)
            .subject(claims.subject())
            .audience(audiences)
            .groups(claims.roles().stream().map(Role::name).collect(Collectors.toSet()))
            .claim("jti", UUID.randomUUID().toString())
            .claim(TENANT_ID, claims.tenantId().toString())
            .claim(TENANT, claims.tenant().value())
            .claim(CLIENT_ID, claims.clientId().value())
            .issuedAt(now)
            .expiresAt(now.plus(ttl));
    if (!claims.isClientToken()) {
      builder.upn(claims.email().value()).claim(SECURITY_VERSION, claims.securityVersion());
    }
    if (!claims.scope().isEmpty()) {
      builder.claim(SCOPE, claims.scope().value());
    }
    claims.session().ifPresent(sid -> builder.claim(SESSION, sid.toString()));
    claims.authMethods().ifPresent(methods -> builder.claim(AMR, methods.amr()));
    String token =
        builder
            .jws()
            .type(TYPE)
            .keyId(keys.currentKid())
            .algorithm(keys.algorithm())
            .sign(keys.signingKey());
    return new IssuedToken(token, ttl.toSeconds());
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
      if (!JwtHeaders.hasType(token, TYPE)) {
        return Optional.empty();
      }
      JsonWebToken jwt = parser.parse(token);
      return Optional.of(
          new VerifiedToken(claimsOf(jwt), Instant.ofEpochSecond(jwt.getExpirationTime())));
    } catch (ParseException | DomainException | IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private AccessTokenClaims claimsOf(JsonWebToken jwt) {
    ClientId client = new ClientId(text(jwt.getClaim(CLIENT_ID)));
    boolean clientToken = jwt.getName() == null || jwt.getClaim(SECURITY_VERSION) == null;
    if (clientToken && !client.value().equals(jwt.getSubject())) {
      throw new IllegalArgumentException("a token without a user is the client's own");
    }
    Object scope = jwt.getClaim(SCOPE);
    return new AccessTokenClaims(
        clientToken ? null : new UserId(UUID.fromString(jwt.getSubject())),
        new TenantId(UUID.fromString(text(jwt.getClaim(TENANT_ID)))),
        new TenantSlug(text(jwt.getClaim(TENANT))),
        clientToken ? null : new Email(jwt.getName()),
        jwt.getGroups().stream().map(Role::new).collect(Collectors.toSet()),
        clientToken ? 0 : Long.parseLong(text(jwt.getClaim(SECURITY_VERSION))),
        session(jwt),
        client,
        scope == null ? Scope.EMPTY : Scope.parse(text(scope)),
        jwt.getAudience().stream().filter(aud -> !aud.equals(audience)).findFirst().orElse(null),
        methods(jwt));
  }

  /** How the user authenticated; a client's own token and older tokens say nothing. */
  private static AuthMethods methods(JsonWebToken jwt) {
    // A JSON array (JsonArray is a List) or, depending on the parser, a set of strings.
    if (!(jwt.getClaim(AMR) instanceof Collection<?> values)) {
      return null;
    }
    List<String> names = values.stream().map(JwtAccessTokens::text).toList();
    return AuthMethods.ofStored(String.join(" ", names));
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
