package io.tenantry.bootstrap.hardening;

import static io.tenantry.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Database;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind a trusted proxy (the test client's own address), budgets and audit see the real client.
 */
@QuarkusTest
@TestProfile(ClientAddressTest.BehindAProxy.class)
class ClientAddressTest {

  @BeforeEach
  void emptyBuckets() {
    Database.execute("delete from control.rate_limit_buckets");
  }

  @Test
  void shouldKeyTheBudgetOnTheRightMostHopThatIsNotATrustedProxy() {
    for (int i = 0; i < 5; i++) {
      // The left-most hop is the client's own claim and changes every time: it must not count.
      login("10.9.9." + i + ", 198.51.100.7, 127.0.0.1", "user" + i + "@example.test")
          .statusCode(401);
    }
    login("10.9.9.9, 198.51.100.7", "other@example.test")
        .statusCode(429)
        .body("code", equalTo("rate_limited"));
    login("198.51.100.8", "other@example.test").statusCode(401);
  }

  @Test
  void shouldKeyIpv6ClientsByTheirSlash64() {
    for (int i = 1; i <= 5; i++) {
      login("2001:db8:1:2::" + Integer.toHexString(i * 4099), "v6-" + i + "@example.test")
          .statusCode(401);
    }
    login("2001:db8:1:2:ffff:ffff:ffff:ffff", "v6@example.test").statusCode(429);
    login("2001:db8:1:3::1", "v6@example.test").statusCode(401);
  }

  @Test
  void shouldLimitOneAccountWhicheverAddressTheRequestsComeFrom() {
    for (int i = 0; i < 3; i++) {
      login("192.0.2." + i, "Victim@Example.test").statusCode(401);
    }
    login("192.0.2.200", " victim@example.test")
        .statusCode(429)
        .header("Retry-After", notNullValue());
    login("192.0.2.201", "someone-else@example.test").statusCode(401);
    assertThat(
            Database.count(
                "select count(*) from control.rate_limit_buckets where id like ?", "%victim%"))
        .as("accounts are keyed by a hash, not by their e-mail address")
        .isZero();
  }

  @Test
  void shouldAuditTheResolvedClientAddress() {
    login("6.6.6.6, 198.51.100.77", "audited@example.test").statusCode(401);
    List<Map<String, Object>> failures = AuditEvents.ofTenant("system", "auth.login.failed");
    assertThat(failures).extracting(event -> event.get("ip")).contains("198.51.100.77");
    assertThat(failures).extracting(event -> event.get("ip")).doesNotContain("6.6.6.6");
  }

  private static ValidatableResponse login(String forwardedFor, String email) {
    return json()
        .header("X-Forwarded-For", forwardedFor)
        .body(Map.of("tenant", "system", "email", email, "password", "not the password"))
        .post("/api/v1/auth/login")
        .then();
  }

  /** The test client connects from loopback, which is configured as the trusted proxy. */
  public static class BehindAProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "app.auth.rate-limit.per-minute", "5",
          "app.auth.rate-limit.per-account-per-minute", "3",
          "app.http.trusted-proxies", "127.0.0.0/8,::1");
    }
  }
}
