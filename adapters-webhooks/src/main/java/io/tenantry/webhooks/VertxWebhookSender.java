package io.tenantry.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.tenantry.application.webhook.WebhookSender;
import io.tenantry.domain.webhook.DeliveryAttempt;
import io.tenantry.domain.webhook.WebhookSecret;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Signs and posts webhook messages with the Vert.x HTTP client, connected to the address the target
 * policy checked (never resolving the host a second time, so DNS rebinding cannot lead inside)
 * while the URL's host name still drives TLS (SNI, certificate check) and the {@code Host} header.
 * Short connect and idle timeouts, redirects never followed, the answer's body discarded, no trace
 * context sent out; one span, one latency sample and one outcome count per try.
 */
@ApplicationScoped
public class VertxWebhookSender implements WebhookSender {
  private final HttpClient client;
  private final Duration timeout;
  private final DeliveryMetrics metrics;
  private final Tracer tracer;

  @Inject
  public VertxWebhookSender(
      Vertx vertx, WebhookConfig config, MeterRegistry registry, Tracer tracer) {
    this.timeout = config.timeout();
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true)
                // Our trace ids are ours: a receiver gets no traceparent header.
                .setTracingPolicy(TracingPolicy.IGNORE));
    this.metrics = new DeliveryMetrics(registry);
    this.tracer = tracer;
  }

  @Override
  public DeliveryAttempt post(
      URI url,
      InetAddress address,
      String messageId,
      Instant at,
      List<WebhookSecret> secrets,
      String body) {
    Span span = startSpan(url, address, messageId);
    Instant start = Instant.now();
    try (Scope ignored = span.makeCurrent()) {
      long timestamp = at.getEpochSecond();
      RequestOptions signed =
          to(url, address)
              .putHeader("webhook-id", messageId)
              .putHeader("webhook-timestamp", Long.toString(timestamp))
              .putHeader(
                  "webhook-signature",
                  WebhookSignatures.header(secrets, messageId, timestamp, body));
      DeliveryAttempt attempt = send(signed, body, start);
      attempt.statusCode().ifPresent(code -> span.setAttribute("http.response.status_code", code));
      attempt.error().ifPresent(error -> span.setStatus(StatusCode.ERROR, error));
      metrics.record(attempt);
      return attempt;
    } finally {
      span.end();
    }
  }

  private Span startSpan(URI url, InetAddress address, String messageId) {
    return tracer
        .spanBuilder("webhook delivery")
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute("webhook.message_id", messageId)
        .setAttribute("server.address", url.getHost())
        .setAttribute("network.peer.address", address.getHostAddress())
        .startSpan();
  }

  /**
   * A JSON POST to {@code url}, connected to the checked {@code address}; no message headers yet.
   */
  private RequestOptions to(URI url, InetAddress address) {
    boolean https = "https".equalsIgnoreCase(url.getScheme());
    int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(bare(address), port)))
        .setHost(url.getHost().replaceAll("^\\[|\\]$", "")) // an IPv6 literal without brackets
        .setPort(port)
        .setSsl(https)
        .setURI(url.getRawQuery() == null ? path : path + "?" + url.getRawQuery())
        .setFollowRedirects(false)
        .setConnectTimeout(timeout.toMillis())
        .setIdleTimeout(timeout.toMillis())
        .putHeader("Content-Type", "application/json")
        .putHeader("User-Agent", "Tenantry-Webhooks");
  }

  /** The address without the host name a resolver attaches, so nothing can look it up again. */
  private static InetAddress bare(InetAddress address) {
    try {
      return InetAddress.getByAddress(address.getAddress());
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IPv4 or IPv6 address", e);
    }
  }

  private DeliveryAttempt send(RequestOptions options, String body, Instant start) {
    try {
      int status =
          client
              .request(options)
              .compose(request -> request.send(Buffer.buffer(body)))
              .compose(response -> response.end().map(done -> response.statusCode()))
              .toCompletionStage()
              .toCompletableFuture()
              .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
      return new DeliveryAttempt(
          start, OptionalInt.of(status), Duration.between(start, Instant.now()), Optional.empty());
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      return new DeliveryAttempt(
          start,
          OptionalInt.empty(),
          Duration.between(start, Instant.now()),
          Optional.of(cause.getClass().getSimpleName()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new DeliveryAttempt(
          start, OptionalInt.empty(), Duration.ZERO, Optional.of("interrupted"));
    }
  }
}
