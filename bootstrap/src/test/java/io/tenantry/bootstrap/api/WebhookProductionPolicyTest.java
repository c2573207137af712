package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tenantry.bootstrap.support.AuditEvents;
import io.tenantry.bootstrap.support.Tenants;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Production's HTTPS-only rule, and an endpoint that keeps failing being switched off. */
@QuarkusTest
@TestProfile(WebhookProductionPolicyTest.HttpsOnlyQuickSwitchOff.class)
class WebhookProductionPolicyTest {
  private static final String HOOKS = "/api/v1/webhooks";

  @Test
  void shouldRefusePlainHttpTargetsWhereOnlyHttpsIsAllowed() {
    String owner = Tenants.create(aTenant()).owner().accessToken();

    as(owner)
        .body(Map.of("url", "http://93.184.216.34/hook", "events", List.of("*")))
        .post(HOOKS)
        .then()
        .statusCode(400)
        .body("code", equalTo("webhook_target_refused"))
        .body("errors[0].field", equalTo("url"));
    as(owner).get(HOOKS).then().body("size()", equalTo(0));
    as(owner)
        .body(Map.of("url", "https://93.184.216.34/hook", "events", List.of("*"), "enabled", false))
        .post(HOOKS)
        .then()
        .statusCode(201);
  }

  @Test
  void shouldSwitchOffAnEndpointWhoseDeliveriesKeepFailingAndAuditIt() throws Exception {
    String owner = Tenants.create(aTenant()).owner().accessToken();
    String id =
        as(owner)
            .body(
                Map.of(
                    "url", "https://127.0.0.1:" + closedPort() + "/hook", "events", List.of("*")))
            .post(HOOKS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    as(owner).post(HOOKS + "/" + id + "/test").then().statusCode(202);

    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> as(owner).get(HOOKS + "/" + id).then().body("enabled", equalTo(false)));
    List<Map<String, Object>> disabled = AuditEvents.ofType(owner, "webhook.disabled");
    assertThat(disabled).hasSize(1);
    assertThat(disabled.get(0))
        .containsEntry("target_type", "webhook")
        .containsEntry("target_id", id);
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) disabled.get(0).get("details");
    assertThat(details).containsEntry("reason", "deliveries_failing").containsKey("failing_since");
  }

  /** Nothing listens there: every try fails without an answer. */
  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** HTTPS only, as in production; an endpoint failing for a tenth of a second is switched off. */
  public static class HttpsOnlyQuickSwitchOff implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("app.webhooks.allow-http", "false", "app.webhooks.disable-after", "PT0.1S");
    }
  }
}
