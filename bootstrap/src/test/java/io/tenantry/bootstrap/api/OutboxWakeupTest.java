package io.tenantry.bootstrap.api;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.tenantry.bootstrap.support.Mailbox;
import io.tenantry.bootstrap.support.Tenants;
import io.tenantry.bootstrap.support.Tenants.CreatedTenant;
import io.tenantry.bootstrap.support.WebhookReceiver;
import io.tenantry.bootstrap.support.WebhookReceiver.Received;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Mail and webhooks leave when the change that queued them commits, not at the dispatchers' next
 * poll: here the polls are an hour apart, so only the commit's signal can send them.
 */
@QuarkusTest
@TestProfile(OutboxWakeupTest.PollsAnHourApart.class)
class OutboxWakeupTest {

  /** The dispatchers' polls never run during the test. */
  public static class PollsAnHourApart implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "app.mail.dispatch-interval", "1h",
          "app.mail.dispatch-delay", "1h",
          "app.webhooks.dispatch-interval", "1h",
          "app.webhooks.dispatch-delay", "1h");
    }
  }

  @Test
  void shouldSendTheInvitationAndItsWebhookAtCommitWithoutWaitingForAPoll() throws Exception {
    CreatedTenant acme = Tenants.create(aTenant());
    String owner = acme.owner().accessToken();
    try (WebhookReceiver receiver = WebhookReceiver.start()) {
      as(owner)
          .body(Map.of("url", receiver.url(), "events", List.of("user.created")))
          .post("/api/v1/webhooks")
          .then()
          .statusCode(201);

      JsonPath invited =
          as(owner)
              .body(
                  Map.of(
                      "email",
                      "woken@acme.test",
                      "display_name",
                      "Woken Up",
                      "roles",
                      List.of("member")))
              .post("/api/v1/users")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();

      MimeMessage mail = Mailbox.await("woken@acme.test", "invited");
      assertThat(Mailbox.linkIn(mail)).contains("/accept-invitation?token=");
      Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.received().isEmpty());
      Received message = receiver.received().get(0);
      assertThat(new JsonPath(message.body()).getString("data.id"))
          .isEqualTo(invited.getString("id"));
    }
  }
}
