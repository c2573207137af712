package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static io.tenantry.bootstrap.support.Api.as;
import static io.tenantry.bootstrap.support.WebhookReceiver.verifies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.Database;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.Users;
import io.tenantry.bootstrap.support.WebhookReceiver;
import io.tenantry.bootstrap.support.WebhookReceiver.Received;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhooksApiTest {
  private static final String HOOKS = "/api/v1/webhooks";

  private WebhookReceiver receiver;
  private CreatedTenant acme;
  private String owner;

  @BeforeEach
  void setUp() throws Exception {
    receiver = WebhookReceiver.start();
    acme = Tenants.create(aTenant());
    owner = acme.owner().accessToken();
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void shouldSendASignedMessageWhenAUserIsInvited() throws Exception {
    JsonPath hook = create(List.of("user.created"));
    String secret = hook.getString("secret");
    assertThat(secret).startsWith("whsec_");
    as(owner).get(HOOKS).then().statusCode(200).body("[0]", not(hasKey("secret")));

    String invited = invite("new.person@acme.test");

    Received message = awaitOne();
    assertThat(verifies(secret, message)).as("signature checked by an independent HMAC").isTrue();
    JsonPath body = new JsonPath(message.body());
    assertThat(body.getString("id")).isEqualTo(message.headers().get("webhook-id"));
    assertThat(body.getString("type")).isEqualTo("user.created");
    assertThat(body.getString("tenant")).isEqualTo(acme.slug());
    assertThat(body.getString("data.id")).isEqualTo(invited);
    assertThat(body.getString("data.email")).isEqualTo("new.person@acme.test");
    assertThat(body.getString("data.status")).isEqualTo("invited");
    assertThat(body.getString("data.actor_id")).isEqualTo(ownerId());
    assertThat(message.body()).doesNotContain("password", "hash", "whsec_");
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                as(owner)
                    .get(HOOKS + "/" + hook.getString("id") + "/deliveries")
                    .then()
                    .body("[0].status", equalTo("delivered"))
                    .body("[0].response_code", equalTo(204))
                    .body("[0].attempts", equalTo(1)));
  }

  @Test
  void shouldRetryAFailingReceiverThenMarkTheDeliveryFailedAndRedeliverIt() throws Exception {
    receiver.answer(500);
    String id = create(List.of("*")).getString("id");
    as(owner).post(HOOKS + "/" + id + "/test").then().statusCode(202);

    String deliveries = HOOKS + "/" + id + "/deliveries";
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                as(owner)
                    .get(deliveries)
                    .then()
                    .body("[0].status", equalTo("failed"))
                    .body("[0].attempts", equalTo(3))
                    .body("[0].response_code", equalTo(500)));
    List<Received> tries = receiver.received();
    assertThat(tries).hasSize(3);
    assertThat(tries)
        .extracting(r -> r.headers().get("webhook-id"))
        .containsOnly(tries.get(0).headers().get("webhook-id"));
    assertThat(new JsonPath(tries.get(0).body()).getString("type")).isEqualTo("webhook.test");

    receiver.answer(200);
    String delivery = as(owner).get(deliveries).then().extract().path("[0].id");
    as(owner).post(deliveries + "/" + delivery + "/redeliver").then().statusCode(202);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> as(owner).get(deliveries).then().body("[0].status", equalTo("delivered")));
    assertThat(receiver.received()).hasSize(4);
  }

  @Test
  void shouldWriteADeliveryOnlyWhenTheChangeCommits() {
    create(List.of("*"));
    invite("taken@acme.test");
    long before = deliveryRows();

    as(owner)
        .body(
            Map.of("email", "taken@acme.test", "display_name", "Again", "roles", List.of("member")))
        .post("/api/v1/users")
        .then()
        .statusCode(409);
    as(owner)
        .body(
            Map.of(
                "email",
                "other@acme.test",
                "display_name",
                "Too high",
                "roles",
                List.of("platform_admin")))
        .post("/api/v1/users")
        .then()
        .statusCode(400);

    assertThat(deliveryRows()).isEqualTo(before);
  }

  @Test
  void shouldSignWithBothSecretsAfterARotation() throws Exception {
    JsonPath hook = create(List.of("user.created"));
    String rotated =
        as(owner)
            .post(HOOKS + "/" + hook.getString("id") + "/secret")
            .then()
            .statusCode(200)
            .body("secret", startsWith("whsec_"))
            .extract()
            .path("secret");

    invite("after.rotation@acme.test");

    Received message = awaitOne();
    assertThat(message.headers().get("webhook-signature").split(" ")).hasSize(2);
    assertThat(verifies(rotated, message)).isTrue();
    assertThat(verifies(hook.getString("secret"), message)).isTrue();
  }

  @Test
  void shouldLetOnlyOwnersAndAdminsManageWebhooksOfTheirOwnTenant() {
    String id = create(List.of("user.created")).getString("id");
    String member = Users.create(acme, aUser()).token();
    String admin = Users.create(acme, aUser().withRoles("admin")).token();
    CreatedTenant other = Tenants.create(aTenant());

    as(member).get(HOOKS).then().statusCode(403);
    as(member)
        .body(Map.of("url", receiver.url(), "events", List.of("*")))
        .post(HOOKS)
        .then()
        .statusCode(403);
    as(admin).get(HOOKS + "/" + id).then().statusCode(200);
    as(other.owner().accessToken()).get(HOOKS + "/" + id).then().statusCode(404);
    as(other.owner().accessToken()).get(HOOKS).then().statusCode(200).body("size()", equalTo(0));
    as(owner)
        .body(Map.of("url", receiver.url(), "events", List.of("no.such.event")))
        .post(HOOKS)
        .then()
        .statusCode(400)
        .body("code", equalTo("validation_failed"));
    as(owner)
        .body(Map.of("enabled", false))
        .patch(HOOKS + "/" + id)
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    as(owner).delete(HOOKS + "/" + id).then().statusCode(204);
    as(owner).get(HOOKS + "/" + id).then().statusCode(404);
  }

  private JsonPath create(List<String> events) {
    return as(owner)
        .body(Map.of("url", receiver.url(), "events", events))
        .post(HOOKS)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private String invite(String email) {
    return as(owner)
        .body(Map.of("email", email, "display_name", "New Person", "roles", List.of("member")))
        .post("/api/v1/users")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String ownerId() {
    return as(owner).get("/api/v1/users/me").then().extract().path("id");
  }

  private long deliveryRows() {
    return Database.count(
        "select count(*) from t_" + acme.slug().replace('-', '_') + ".webhook_deliveries");
  }

  private Received awaitOne() {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
    assertThat(receiver.received()).hasSize(1);
    return receiver.received().get(0);
  }
}
