package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tenantry.bootstrap.support.Tenants;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestProfile(WebhookTargetPolicyTest.PrivateTargetsRefused.class)
class WebhookTargetPolicyTest {
  private static final String HOOKS = "/api/v1/webhooks";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "https://10.0.0.1/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://[::ffff:192.168.0.1]/hook"
      })
  void shouldRefuseTargetsInsideTheNetwork(String url) {
    String owner = Tenants.create(aTenant()).owner().accessToken();

    as(owner)
        .body(Map.of("url", url, "events", List.of("*")))
        .post(HOOKS)
        .then()
        .statusCode(400)
        .body("code", equalTo("webhook_target_refused"))
        .body("errors[0].field", equalTo("url"));
    as(owner).get(HOOKS).then().body("size()", equalTo(0));
  }

  @Test
  void shouldAcceptAPublicAddressButRefuseMovingItInside() {
    String owner = Tenants.create(aTenant()).owner().accessToken();
    String id =
        as(owner)
            .body(
                Map.of(
                    "url", "https://93.184.216.34/hook", "events", List.of("*"), "enabled", false))
            .post(HOOKS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    as(owner)
        .body(Map.of("url", "http://127.0.0.1/hook"))
        .patch(HOOKS + "/" + id)
        .then()
        .statusCode(400)
        .body("code", equalTo("webhook_target_refused"));
    as(owner).get(HOOKS + "/" + id).then().body("url", equalTo("https://93.184.216.34/hook"));
  }

  /** Production's policy: private targets refused. */
  public static class PrivateTargetsRefused implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("app.webhooks.allow-private-targets", "false");
    }
  }
}
