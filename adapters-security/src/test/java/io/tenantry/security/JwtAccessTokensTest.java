package io.tenantry.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.application.auth.AccessTokenClaims;
import io.tenantry.application.auth.AccessTokens.IssuedToken;
import io.tenantry.application.auth.ClientGrant;
import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.Scope;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jose4j.json.JsonUtil;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtAccessTokensTest {
  private static final String ISSUER = "https://issuer.test";
  private static final Duration TTL = Duration.ofMinutes(15);

  @TempDir static Path dir;

  private static KeyPair currentPair;
  private static KeyPair previousPair;
  private static KeyPair unrelatedPair;

  /** Signs with the current key and accepts only it. */
  private static JwtKeys keys;

  /** Signs with the previous key: what was in use before the rotation. */
  private static JwtKeys previousKeys;

  /** Signs with the current key and still accepts the previous one. */
  private static JwtKeys rotatedKeys;

  private final AccessTokenClaims claims =
      AccessTokenClaims.ofUser(
          UserId.random(),
          new TenantRef(TenantId.random(), new TenantSlug("acme-corp")),
          new Email("Alice@Example.COM"),
          Set.of(Role.OWNER, Role.ADMIN),
          42L,
          null,
          ClientGrant.API,
          null);

  private Clock clock;
  private JwtAccessTokens tokens;

  @BeforeAll
  static void loadKeys() {
    currentPair = TestKeys.rsa();
    previousPair = TestKeys.rsa();
    unrelatedPair = TestKeys.rsa();
    Path current = TestKeys.writePrivate(dir, "current.pem", currentPair);
    Path previous = TestKeys.writePrivate(dir, "previous.pem", previousPair);
    keys = TestKeys.load(current);
    previousKeys = TestKeys.load(previous);
    rotatedKeys =
        TestKeys.load(current, TestKeys.writePublic(dir, "previous.pub.pem", previousPair));
  }

  @BeforeEach
  void createTokens() {
    // Expiry is checked against the system clock, so the fixed clock stays near it.
    clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    tokens = new JwtAccessTokens(keys, ISSUER, clock);
  }

  @Test
  void shouldRoundTripEveryClaim() {
    IssuedToken issued = tokens.issue(claims, TTL);

    AccessTokenClaims verified = tokens.verify(issued.token()).orElseThrow();

    assertThat(verified).isEqualTo(claims);
    assertThat(verified.userId()).isEqualTo(claims.userId());
    assertThat(verified.tenantId()).isEqualTo(claims.tenantId());
    assertThat(verified.tenant()).isEqualTo(new TenantSlug("acme-corp"));
    assertThat(verified.email()).isEqualTo(new Email("alice@example.com"));
    assertThat(verified.roles()).containsExactlyInAnyOrder(Role.OWNER, Role.ADMIN);
    assertThat(verified.securityVersion()).isEqualTo(42L);
  }

  @Test
  void shouldCarryHowTheUserAuthenticatedAsAmr() throws JoseException {
    AccessTokenClaims withOtp =
        AccessTokenClaims.ofUser(
            claims.userId(),
            claims.tenantRef(),
            claims.email(),
            claims.roles(),
            claims.securityVersion(),
            UUID.randomUUID(),
            ClientGrant.API,
            AuthMethods.PASSWORD_AND_OTP);

    String token = tokens.issue(withOtp, TTL).token();

    Map<String, Object> payload = payload(token);
    assertThat(payload.get("amr")).isEqualTo(java.util.List.of("pwd", "otp"));
    assertThat(tokens.verify(token).orElseThrow()).isEqualTo(withOtp);
    assertThat(payload(tokens.issue(claims, TTL).token())).doesNotContainKey("amr");
  }

  @Test
  void shouldRoundTripTheSessionId() {
    java.util.UUID sid = java.util.UUID.randomUUID();
    AccessTokenClaims withSession =
        AccessTokenClaims.ofUser(
            claims.userId(),
            claims.tenantRef(),
            claims.email(),
            claims.roles(),
            claims.securityVersion(),
            sid,
            ClientGrant.API,
            null);

    AccessTokenClaims verified =
        tokens.verify(tokens.issue(withSession, TTL).token()).orElseThrow();

    assertThat(verified.session()).contains(sid);
    assertThat(verified).isEqualTo(withSession);
    assertThat(tokens.verify(tokens.issue(claims, TTL).token()).orElseThrow().session())
        .as("a token without sid (issued before sessions had ids) still verifies")
        .isEmpty();
  }

  @Test
  void shouldRoundTripASingleRoleAndAZeroSecurityVersion() {
    AccessTokenClaims member =
        AccessTokenClaims.ofUser(
            UserId.random(),
            new TenantRef(TenantId.random(), new TenantSlug("system")),
            new Email("bob@example.org"),
            Set.of(Role.PLATFORM_ADMIN),
            0L,
            null,
            ClientGrant.API,
            null);

    assertThat(tokens.verify(tokens.issue(member, TTL).token())).contains(member);
  }

  @Test
  void shouldRoundTripALargeSecurityVersion() {
    AccessTokenClaims large =
        AccessTokenClaims.ofUser(
            claims.userId(),
            claims.tenantRef(),
            claims.email(),
            claims.roles(),
            Long.MAX_VALUE,
            null,
            ClientGrant.API,
            null);

    assertThat(tokens.verify(tokens.issue(large, TTL).token())).contains(large);
  }

  @Test
  void shouldReportTheTtlAsExpiresIn() {
    assertThat(tokens.issue(claims, TTL).expiresIn()).isEqualTo(900L);
    assertThat(tokens.issue(claims, Duration.ofSeconds(60)).expiresIn()).isEqualTo(60L);
  }

  @Test
  void shouldStampIssuerAndLifetimeFromTheClock() throws JoseException {
    Map<String, Object> payload = payload(tokens.issue(claims, TTL).token());

    assertThat(payload)
        .containsEntry("iss", ISSUER)
        .containsEntry("sub", claims.userId().toString())
        .containsEntry("tid", claims.tenantId().toString())
        .containsEntry("tenant", "acme-corp")
        .containsEntry("upn", "alice@example.com")
        .containsKey("jti");
    assertThat(((Number) payload.get("iat")).longValue())
        .isEqualTo(clock.instant().getEpochSecond());
    assertThat(((Number) payload.get("exp")).longValue())
        .isEqualTo(clock.instant().plus(TTL).getEpochSecond());
    assertThat(((Number) payload.get("sv")).longValue()).isEqualTo(42L);
  }

  @Test
  void shouldGiveEveryTokenItsOwnId() throws JoseException {
    Object first = payload(tokens.issue(claims, TTL).token()).get("jti");
    Object second = payload(tokens.issue(claims, TTL).token()).get("jti");

    assertThat(first).isNotNull().isNotEqualTo(second);
  }

  @Test
  void shouldSignWithTheCurrentKidAndRs256() throws JoseException {
    Map<String, Object> header = header(tokens.issue(claims, TTL).token());

    assertThat(header).containsEntry("kid", keys.currentKid()).containsEntry("alg", "RS256");
  }

  @Test
  void shouldSignWithTheCurrentKeyDuringARotation() throws JoseException {
    JwtAccessTokens rotated = new JwtAccessTokens(rotatedKeys, ISSUER, clock);

    String token = rotated.issue(claims, TTL).token();

    assertThat(header(token)).containsEntry("kid", keys.currentKid());
    assertThat(tokens.verify(token)).contains(claims);
  }

  @Test
  void shouldAcceptATokenOfThePreviousKeyWhileItIsAVerificationKey() {
    String oldToken = new JwtAccessTokens(previousKeys, ISSUER, clock).issue(claims, TTL).token();

    JwtAccessTokens rotated = new JwtAccessTokens(rotatedKeys, ISSUER, clock);

    assertThat(rotated.verify(oldToken)).contains(claims);
  }

  @Test
  void shouldRejectATokenOfThePreviousKeyOnceItIsNoVerificationKey() {
    String oldToken = new JwtAccessTokens(previousKeys, ISSUER, clock).issue(claims, TTL).token();

    assertThat(tokens.verify(oldToken)).isEmpty();
  }

  @Test
  void shouldRejectAnotherIssuer() {
    String token = new JwtAccessTokens(keys, "https://evil.test", clock).issue(claims, TTL).token();

    assertThat(tokens.verify(token)).isEmpty();
  }

  @Test
  void shouldRejectAnExpiredToken() {
    Clock anHourAgo = Clock.offset(clock, Duration.ofHours(-1));
    String token = new JwtAccessTokens(keys, ISSUER, anHourAgo).issue(claims, TTL).token();

    assertThat(tokens.verify(token)).isEmpty();
  }

  @Test
  void shouldRejectATamperedPayload() throws JoseException {
    String token = tokens.issue(claims, TTL).token();
    String[] parts = token.split("\\.");
    String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String raised = json.replace("\"sv\":42", "\"sv\":43");
    assertThat(raised).isNotEqualTo(json);

    String tampered = parts[0] + "." + base64Url(raised) + "." + parts[2];

    assertThat(tokens.verify(tampered)).isEmpty();
  }

  @Test
  void shouldRejectATamperedTenant() {
    String token = tokens.issue(claims, TTL).token();
    String[] parts = token.split("\\.");
    String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String other = json.replace(claims.tenantId().toString(), UUID.randomUUID().toString());
    assertThat(other).isNotEqualTo(json);

    assertThat(tokens.verify(parts[0] + "." + base64Url(other) + "." + parts[2])).isEmpty();
  }

  @Test
  void shouldRejectATamperedSignature() {
    String token = tokens.issue(claims, TTL).token();
    String[] parts = token.split("\\.");
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
    signature[10] ^= 0x01;

    String tampered =
        parts[0]
            + "."
            + parts[1]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

    assertThat(tokens.verify(tampered)).isEmpty();
  }

  @Test
  void shouldRejectATokenWithoutSignature() {
    String token = tokens.issue(claims, TTL).token();
    String[] parts = token.split("\\.");

    assertThat(tokens.verify(parts[0] + "." + parts[1] + ".")).isEmpty();
    assertThat(tokens.verify(parts[0] + "." + parts[1])).isEmpty();
  }

  @Test
  void shouldRejectAnAlgNoneToken() {
    String token = tokens.issue(claims, TTL).token();
    String payload = token.split("\\.")[1];
    String header =
        base64Url("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + keys.currentKid() + "\"}");

    assertThat(tokens.verify(header + "." + payload + ".")).isEmpty();
  }

  @Test
  void shouldRejectAnAlgNoneTokenSignedWithJose4j() throws JoseException {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(payloadJson(tokens.issue(claims, TTL).token()));
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
    jws.setKeyIdHeaderValue(keys.currentKid());
    jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);

    assertThat(tokens.verify(jws.getCompactSerialization())).isEmpty();
  }

  @Test
  void shouldRejectAnHs256TokenKeyedWithThePublicKey() throws JoseException {
    String payload = payloadJson(tokens.issue(claims, TTL).token());
    byte[] der = currentPair.getPublic().getEncoded();
    byte[] pem = TestKeys.pem("PUBLIC KEY", der).getBytes(StandardCharsets.US_ASCII);
    byte[] jwks = keys.jwks().getBytes(StandardCharsets.UTF_8);

    for (byte[] secret : new byte[][] {der, pem, jwks}) {
      assertThat(tokens.verify(hs256(payload, secret))).isEmpty();
    }
  }

  @Test
  void shouldRejectATokenOfAnUnrelatedKeyWithTheSameKid() {
    String forged = fullClaims().sign(unrelatedPair.getPrivate(), keys.currentKid(), "at+jwt");

    assertThat(tokens.verify(forged)).isEmpty();
  }

  @Test
  void shouldAcceptATokenForgedWithTheRealKeyAndEveryClaim() {
    // The control for the tests below: the forging itself yields tokens that verify.
    String forged = sign(fullClaims());

    assertThat(tokens.verify(forged)).contains(claims);
  }

  @Test
  void shouldRejectATokenWithoutTenantId() {
    String forged = sign(fullClaims().remove("tid"));

    assertThat(tokens.verify(forged)).isEmpty();
  }

  @Test
  void shouldRejectATokenWithoutSecurityVersion() {
    String forged = sign(fullClaims().remove("sv"));

    assertThat(tokens.verify(forged)).isEmpty();
  }

  @Test
  void shouldRejectATokenWithoutTenantSlug() {
    assertThat(tokens.verify(sign(fullClaims().remove("tenant")))).isEmpty();
  }

  @Test
  void shouldRejectATokenWithoutIssuer() {
    assertThat(tokens.verify(sign(fullClaims().remove("iss")))).isEmpty();
  }

  @Test
  void shouldRejectATokenWithMalformedClaims() {
    assertThat(tokens.verify(sign(fullClaims().claim("tid", "not-a-uuid")))).isEmpty();
    assertThat(tokens.verify(sign(fullClaims().claim("sv", "not-a-number")))).isEmpty();
    assertThat(tokens.verify(sign(fullClaims().claim("tenant", "Not A Slug")))).isEmpty();
    assertThat(tokens.verify(sign(fullClaims().subject("not-a-uuid")))).isEmpty();
    assertThat(tokens.verify(sign(fullClaims().upn("not-an-email")))).isEmpty();
    assertThat(tokens.verify(sign(fullClaims().groups(Set.of("Not A Role"))))).isEmpty();
  }

  @Test
  void shouldStampTheRfc9068TypeAudienceClientAndScope() throws JoseException {
    String token = tokens.issue(claims, TTL).token();

    assertThat(header(token)).containsEntry("typ", "at+jwt");
    assertThat(payload(token))
        .containsEntry("aud", "tenantry")
        .containsEntry("client_id", "tenantry-api")
        .containsEntry("scope", "email offline_access profile");
  }

  @Test
  void shouldRejectATokenWithoutTheAccessTokenType() {
    String untyped = fullClaims().sign(currentPair.getPrivate(), keys.currentKid(), null);
    String idToken = fullClaims().sign(currentPair.getPrivate(), keys.currentKid(), "JWT");

    assertThat(tokens.verify(untyped)).isEmpty();
    assertThat(tokens.verify(idToken)).isEmpty();
  }

  @Test
  void shouldRejectATokenForAnotherAudienceOrWithoutClient() {
    String other =
        new JwtAccessTokens(keys, ISSUER, "orders-api", clock).issue(claims, TTL).token();

    assertThat(tokens.verify(other)).isEmpty();
    assertThat(tokens.verify(sign(fullClaims().remove("aud")))).isEmpty();
    assertThat(tokens.verify(sign(fullClaims().remove("client_id")))).isEmpty();
  }

  @Test
  void shouldRoundTripAClientsOwnTokenWithItsOwnAudience() throws JoseException {
    AccessTokenClaims service =
        AccessTokenClaims.ofClient(
            new TenantRef(claims.tenantId(), claims.tenant()),
            Set.of(Role.MEMBER),
            new ClientGrant(
                new ClientId("3f1e0a52-0000-4000-8000-000000000001"),
                Scope.EMPTY,
                java.util.Optional.of("orders-api")));

    String token = tokens.issue(service, TTL).token();

    assertThat(tokens.verify(token)).contains(service);
    assertThat(payload(token))
        .containsEntry("sub", "3f1e0a52-0000-4000-8000-000000000001")
        .containsEntry("aud", java.util.List.of("orders-api", "tenantry"))
        .doesNotContainKeys("upn", "sv", "sid", "scope");
  }

  @Test
  void shouldRejectAUserlessTokenWhoseSubjectIsNotItsClient() {
    String forged = sign(fullClaims().remove("sv").remove("upn"));

    assertThat(tokens.verify(forged)).isEmpty();
  }

  @Test
  void shouldRejectGarbage() {
    assertThat(tokens.verify("")).isEmpty();
    assertThat(tokens.verify("not.a.token")).isEmpty();
    assertThat(tokens.verify("a.b")).isEmpty();
    assertThat(tokens.verify("eyJhbGciOiJSUzI1NiJ9.e30.AAAA")).isEmpty();
  }

  private ForgedToken fullClaims() {
    Instant now = clock.instant();
    return ForgedToken.claims()
        .issuer(ISSUER)
        .subject(claims.userId().toString())
        .upn(claims.email().value())
        .groups(Set.of("owner", "admin"))
        .claim("jti", UUID.randomUUID().toString())
        .claim("tid", claims.tenantId().toString())
        .claim("tenant", claims.tenant().value())
        .claim("sv", claims.securityVersion())
        .audience("tenantry")
        .claim("client_id", "tenantry-api")
        .claim("scope", "email offline_access profile")
        .issuedAt(now)
        .expiresAt(now.plus(TTL));
  }

  private static String sign(ForgedToken token) {
    return token.sign(currentPair.getPrivate(), keys.currentKid(), "at+jwt");
  }

  private static String hs256(String payload, byte[] secret) throws JoseException {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(payload);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    jws.setKeyIdHeaderValue(keys.currentKid());
    jws.setKey(new HmacKey(secret));
    jws.setDoKeyValidation(false);
    return jws.getCompactSerialization();
  }

  private static Map<String, Object> header(String token) throws JoseException {
    return JsonUtil.parseJson(decode(token.split("\\.")[0]));
  }

  private static Map<String, Object> payload(String token) throws JoseException {
    return JsonUtil.parseJson(payloadJson(token));
  }

  private static String payloadJson(String token) {
    return decode(token.split("\\.")[1]);
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
