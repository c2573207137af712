package io.tenantry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.tenantry.domain.webhook.DeliveryAttempt;
import io.tenantry.domain.webhook.WebhookSecret;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VertxWebhookSenderTest {
  /** A name no DNS server knows: only the pinned address can reach the receiver. */
  private static final String HOST = "hooks.tenantry.test";

  private static final List<WebhookSecret> SECRETS = List.of(WebhookSecret.of(new byte[24]));

  private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
  private final List<SpanData> spans = new CopyOnWriteArrayList<>();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private Vertx vertx;
  private HttpServer receiver;
  private SdkTracerProvider tracing;
  private VertxWebhookSender sender;

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          var headers = exchange.getRequestHeaders();
          received.add(
              Map.of(
                  "host", String.valueOf(headers.getFirst("Host")),
                  "webhook-id", String.valueOf(headers.getFirst("webhook-id")),
                  "query", String.valueOf(exchange.getRequestURI().getRawQuery())));
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    tracing =
        SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(collect())).build();
    vertx = Vertx.vertx();
    sender =
        new VertxWebhookSender(
            vertx, new TestConfig(true, true), registry, tracing.get("webhooks-test"));
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    vertx.close().toCompletionStage().toCompletableFuture().join();
    tracing.close();
  }

  @Test
  void shouldDeliverAResolvedNameToExactlyTheCheckedAddress() throws Exception {
    int port = receiver.getAddress().getPort();
    URI url = URI.create("http://" + HOST + ":" + port + "/hook?tenant=acme");
    InetAddress checked =
        new ResolvingWebhookTargets(
                new TestConfig(true, true), host -> new InetAddress[] {loopback(host)})
            .resolveAllowed(url);

    DeliveryAttempt attempt = sender.post(url, checked, "msg_1", Instant.now(), SECRETS, "{}");

    assertThat(attempt.statusCode()).hasValue(204);
    assertThat(received).hasSize(1);
    assertThat(received.get(0))
        .containsEntry("host", HOST + ":" + port)
        .containsEntry("webhook-id", "msg_1")
        .containsEntry("query", "tenant=acme");
  }

  @Test
  void shouldCountEachTryByOutcomeAndTraceIt() throws Exception {
    int port = receiver.getAddress().getPort();
    sender.post(url(port), loopback(HOST), "msg_2", Instant.now(), SECRETS, "{}");
    DeliveryAttempt unanswered =
        sender.post(url(closedPort()), loopback(HOST), "msg_3", Instant.now(), SECRETS, "{}");

    assertThat(unanswered.statusCode()).isEmpty();
    assertThat(unanswered.error()).isPresent();
    assertThat(outcome("success")).isEqualTo(1);
    assertThat(outcome("error")).isEqualTo(1);
    assertThat(outcome("failure")).isZero();
    assertThat(registry.get("webhook.delivery").timer().count()).isEqualTo(2);
    assertThat(spans).hasSize(2);
    assertThat(spans).extracting(SpanData::getKind).containsOnly(SpanKind.CLIENT);
    assertThat(spans)
        .extracting(span -> span.getAttributes().asMap().toString())
        .allSatisfy(attributes -> assertThat(attributes).contains(HOST).contains("127.0.0.1"));
  }

  private double outcome(String outcome) {
    return registry.get("webhook.deliveries").tag("outcome", outcome).counter().count();
  }

  private static URI url(int port) {
    return URI.create("http://" + HOST + ":" + port + "/hook");
  }

  private static InetAddress loopback(String host) throws java.net.UnknownHostException {
    return InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1});
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private SpanExporter collect() {
    return new SpanExporter() {
      @Override
      public CompletableResultCode export(Collection<SpanData> batch) {
        spans.addAll(batch);
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
      }
    };
  }
}
