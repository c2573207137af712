package io.tenantry.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookFailuresTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private final Webhook webhook =
      Webhook.create(
          WebhookId.random(),
          URI.create("https://hooks.example.com/in"),
          Set.of("*"),
          true,
          WebhookSecret.of(new byte[24]),
          T0);

  @Test
  void shouldSwitchOffOnlyWhenEveryDeliveryHasFailedForTheWholePeriod() {
    assertThat(webhook.recordFailure(T0, DAY)).isFalse();
    assertThat(webhook.failingSince()).isEqualTo(T0);
    assertThat(webhook.recordFailure(T0.plus(Duration.ofHours(23)), DAY)).isFalse();
    assertThat(webhook.enabled()).isTrue();

    assertThat(webhook.recordFailure(T0.plus(DAY), DAY)).isTrue();
    assertThat(webhook.enabled()).isFalse();
    assertThat(webhook.recordFailure(T0.plus(DAY).plusSeconds(1), DAY)).as("only once").isFalse();
  }

  @Test
  void shouldStartCountingAfreshAfterASuccessOrWhenSwitchedBackOn() {
    webhook.recordFailure(T0, DAY);
    assertThat(webhook.recordSuccess()).isTrue();
    assertThat(webhook.recordSuccess()).as("nothing to end").isFalse();
    assertThat(webhook.recordFailure(T0.plus(DAY), DAY)).isFalse();
    assertThat(webhook.failingSince()).isEqualTo(T0.plus(DAY));

    webhook.recordFailure(T0.plus(DAY).plus(DAY), DAY);
    assertThat(webhook.enabled()).isFalse();
    webhook.change(null, null, true, T0.plus(Duration.ofDays(3)));
    assertThat(webhook.failingSince()).isNull();
    assertThat(webhook.recordFailure(T0.plus(Duration.ofDays(3)), DAY)).isFalse();
    assertThat(webhook.enabled()).isTrue();
  }
}
