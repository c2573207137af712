package io.tenantry.rest.edge;

import io.quarkus.runtime.Startup;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client address of a request, for the rate limit and the audit trail alike. It starts from the
 * socket's peer, not from what Vert.x reports when {@code quarkus.http.proxy.*} forwarding is on
 * (that takes the client-written, left-most {@code X-Forwarded-For}), and walks {@code
 * X-Forwarded-For} right to left only through the proxies in {@code app.http.trusted-proxies}.
 */
@Startup
@ApplicationScoped
public class ClientAddresses {
  private final TrustedProxies proxies;

  ClientAddresses(
      @ConfigProperty(name = "app.http.trusted-proxies") Optional<List<String>> trustedProxies) {
    this.proxies = TrustedProxies.of(trustedProxies.orElse(List.of()));
  }

  /** The resolved client address, empty when the connection has no IP peer. */
  public Optional<InetAddress> of(HttpServerRequest request) {
    SocketAddress peer =
        request.connection() == null
            ? request.remoteAddress()
            : request.connection().remoteAddress();
    if (peer == null || peer.hostAddress() == null) {
      return Optional.empty();
    }
    return TrustedProxies.literal(peer.hostAddress())
        .map(address -> proxies.client(address, request.headers().getAll("X-Forwarded-For")));
  }

  /** The budget key of the request's client: IPv4 as is, IPv6 by its /64. */
  public Optional<String> bucketKey(HttpServerRequest request) {
    return of(request).map(TrustedProxies::bucketKey);
  }
}
