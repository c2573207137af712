package io.tenantry.bootstrap.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP server on loopback that records what webhooks post to it and answers a set status.
 */
public final class WebhookReceiver implements AutoCloseable {
  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(204);

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  public static WebhookReceiver start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    WebhookReceiver receiver = new WebhookReceiver(server);
    server.createContext(
        "/hook",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            receiver.received.add(
                new Received(
                    Map.of(
                        "webhook-id", headers.getFirst("webhook-id"),
                        "webhook-timestamp", headers.getFirst("webhook-timestamp"),
                        "webhook-signature", headers.getFirst("webhook-signature")),
                    body));
          }
          exchange.sendResponseHeaders(receiver.status.get(), -1);
          exchange.close();
        });
    server.start();
    return receiver;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  public void answer(int code) {
    status.set(code);
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * The Standard Webhooks check, written here from the specification, not from the server's code.
   */
  public static boolean verifies(String secret, Received message) throws Exception {
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    String signed =
        message.headers().get("webhook-id")
            + "."
            + message.headers().get("webhook-timestamp")
            + "."
            + message.body();
    String expected =
        "v1,"
            + Base64.getEncoder()
                .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    return Arrays.asList(message.headers().get("webhook-signature").split(" ")).contains(expected);
  }

  /** One request as it arrived. */
  public record Received(Map<String, String> headers, String body) {}
}
