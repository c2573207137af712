package io.tenantry.rest.ratelimit;

import io.tenantry.application.shared.RateLimiter;
import io.tenantry.rest.shared.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers {@code 429 rate_limited} with {@code Retry-After} once a client IP has used up its
 * requests to the {@link RateLimited} routes for the minute. The client IP is the connection's
 * peer, or the forwarded one when Quarkus is told to trust a proxy ({@code quarkus.http.proxy.*}).
 */
public class RateLimitFilter {

  @Inject RateLimiter limiter;

  @ServerRequestFilter
  @RateLimited
  public Response limit(ContainerRequestContext context, HttpServerRequest request) {
    if (request.remoteAddress() == null) {
      return null;
    }
    OptionalLong retryAfter = limiter.tryAcquire(request.remoteAddress().hostAddress());
    if (retryAfter.isEmpty()) {
      return null;
    }
    return Response.fromResponse(
            Problems.response(
                429,
                "rate_limited",
                "too many requests; try again later",
                context.getUriInfo().getPath()))
        .header("Retry-After", Long.toString(retryAfter.getAsLong()))
        .build();
  }
}
