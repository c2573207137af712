package io.tenantry.webhooks;

import io.tenantry.application.webhook.WebhookSender;
import io.tenantry.domain.webhook.DeliveryAttempt;
import io.tenantry.domain.webhook.WebhookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Signs and posts webhook messages with the JDK's HTTP client: short connect and response timeouts,
 * redirects never followed (a redirect is a failed try, so it cannot lead inside the network), the
 * answer's body discarded.
 */
@ApplicationScoped
public class JdkWebhookSender implements WebhookSender {
  @Inject WebhookConfig config;

  private volatile HttpClient client;

  @Override
  public DeliveryAttempt post(
      URI url, String messageId, Instant at, List<WebhookSecret> secrets, String body) {
    long timestamp = at.getEpochSecond();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "Tenantry-Webhooks")
            .header("webhook-id", messageId)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header(
                "webhook-signature", WebhookSignatures.header(secrets, messageId, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    Instant start = Instant.now();
    try {
      int status =
          client().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      return new DeliveryAttempt(
          start, OptionalInt.of(status), Duration.between(start, Instant.now()), Optional.empty());
    } catch (IOException e) {
      return new DeliveryAttempt(
          start,
          OptionalInt.empty(),
          Duration.between(start, Instant.now()),
          Optional.of(e.getClass().getSimpleName()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new DeliveryAttempt(
          start, OptionalInt.empty(), Duration.ZERO, Optional.of("interrupted"));
    }
  }

  private HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(config.timeout())
              .build();
    }
    return client;
  }
}
