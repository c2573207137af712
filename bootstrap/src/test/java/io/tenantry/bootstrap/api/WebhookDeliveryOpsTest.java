package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.Management.sample;
import static io.tenantry.bootstrap.support.Management.scrape;
import static io.tenantry.bootstrap.support.WebhookReceiver.verifies;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.WebhookReceiver;
import io.tenantry.bootstrap.support.WebhookReceiver.Received;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook secrets at rest, the cached list of endpoints, and the delivery metrics. */
@QuarkusTest
class WebhookDeliveryOpsTest {
  private static final String HOOKS = "/api/v1/webhooks";

  private WebhookReceiver first;
  private WebhookReceiver second;
  private CreatedTenant acme;
  private String owner;

  @BeforeEach
  void setUp() throws Exception {
    first = WebhookReceiver.start();
    second = WebhookReceiver.start();
    acme = Tenants.create(aTenant());
    owner = acme.owner().accessToken();
  }

  @AfterEach
  void stop() {
    first.close();
    second.close();
  }

  @Test
  void shouldKeepSigningSecretsSealedAtRestAndSealAClearOneWhenFirstRead() throws Exception {
    String secret = create(first, "user.created").getString("secret");
    String webhooks = AuditEvents.schemaOf(acme.slug()) + ".webhooks";
    assertThat(Database.count("select count(*) from " + webhooks + " where secret like 'v1.%'"))
        .isEqualTo(1);
    assertThat(Database.count("select count(*) from " + webhooks + " where secret = ?", secret))
        .isZero();

    // A row written before secrets were sealed holds the secret in clear: it still signs.
    Database.execute("update " + webhooks + " set secret = '" + secret + "'");
    invite("legacy.row@acme.test");

    Received message = awaitOne(first);
    assertThat(verifies(secret, message)).isTrue();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Database.count("select count(*) from " + webhooks + " where secret = ?", secret)
                    == 0);
    assertThat(Database.count("select count(*) from " + webhooks + " where secret like 'v1.%'"))
        .isEqualTo(1);
  }

  @Test
  void shouldSendTheVeryNextEventToAnEndpointCreatedAfterTheListWasCached() {
    create(first, "user.created");
    invite("first.event@acme.test");
    awaitOne(first);

    create(second, "user.created");
    invite("next.event@acme.test");

    Received message = awaitOne(second);
    assertThat(new JsonPath(message.body()).getString("data.email"))
        .isEqualTo("next.event@acme.test");
  }

  @Test
  void shouldCountDeliveriesByOutcomeAndExposeLatencyAndQueueDepth() {
    double before = sample("webhook_deliveries_total", "outcome=\"success\"");
    String id = create(first, "*").getString("id");
    as(owner).post(HOOKS + "/" + id + "/test").then().statusCode(202);
    awaitOne(first);

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(sample("webhook_deliveries_total", "outcome=\"success\""))
                    .isGreaterThanOrEqualTo(before + 1));
    assertThat(scrape())
        .contains("webhook_delivery_seconds_bucket{")
        .contains("webhook_deliveries_pending ")
        .doesNotContain(acme.slug());
  }

  private JsonPath create(WebhookReceiver receiver, String event) {
    return as(owner)
        .body(Map.of("url", receiver.url(), "events", List.of(event)))
        .post(HOOKS)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private void invite(String email) {
    as(owner)
        .body(Map.of("email", email, "display_name", "New Person", "roles", List.of("member")))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
  }

  private static Received awaitOne(WebhookReceiver receiver) {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
    assertThat(receiver.received()).hasSize(1);
    return receiver.received().get(0);
  }
}
