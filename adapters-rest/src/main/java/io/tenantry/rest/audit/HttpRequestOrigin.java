package io.tenantry.rest.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.tenantry.application.audit.RequestOrigin;
import io.tenantry.rest.edge.ClientAddresses;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the client of the current HTTP request for the audit trail. The address is the one the rate
 * limit keys on ({@link ClientAddresses}): the peer, or the right-most forwarded hop that is not a
 * trusted proxy. Application-scoped rather than request-scoped because audit events are also
 * written by jobs and at start-up, where there is no request: then every field is empty.
 */
@ApplicationScoped
public class HttpRequestOrigin implements RequestOrigin {
  private static final int MAX_USER_AGENT = 512;
  private static final Pattern TRACEPARENT =
      Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");
  private static final String NO_TRACE = "0".repeat(32);

  private final ClientAddresses clients;

  HttpRequestOrigin(ClientAddresses clients) {
    this.clients = clients;
  }

  @Override
  public Optional<String> clientIp() {
    return request().flatMap(clients::of).map(InetAddress::getHostAddress);
  }

  /** The same key as the per-client rate limit of the JSON routes. */
  @Override
  public Optional<String> clientBudgetKey() {
    return request().flatMap(clients::bucketKey);
  }

  @Override
  public Optional<String> userAgent() {
    return request()
        .map(r -> r.getHeader("User-Agent"))
        .filter(agent -> !agent.isBlank())
        .map(agent -> agent.length() > MAX_USER_AGENT ? agent.substring(0, MAX_USER_AGENT) : agent);
  }

  /** The trace id of a well-formed W3C {@code traceparent} header; anything else is ignored. */
  @Override
  public Optional<String> traceId() {
    return request()
        .map(r -> r.getHeader("traceparent"))
        .map(header -> TRACEPARENT.matcher(header.strip()))
        .filter(java.util.regex.Matcher::matches)
        .map(m -> m.group(1))
        .filter(id -> !id.equals(NO_TRACE));
  }

  private static Optional<HttpServerRequest> request() {
    if (!Arc.container().requestContext().isActive()) {
      return Optional.empty();
    }
    try (InstanceHandle<CurrentVertxRequest> current =
        Arc.container().instance(CurrentVertxRequest.class)) {
      RoutingContext context = current.isAvailable() ? current.get().getCurrent() : null;
      return Optional.ofNullable(context).map(RoutingContext::request);
    }
  }
}
