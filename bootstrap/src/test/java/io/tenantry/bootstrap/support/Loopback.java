package io.tenantry.bootstrap.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A native app's loopback redirect target (RFC 8252 §7.3): answers every request with a short page,
 * so the browser lands on it and the test reads the code from the browser's URL.
 */
public final class Loopback implements AutoCloseable {
  private final HttpServer server;

  private Loopback(HttpServer server) {
    this.server = server;
  }

  public static Loopback start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/",
          exchange -> {
            byte[] body = "<title>callback</title>done".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return new Loopback(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An absolute URI on this server. */
  public String uri(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
