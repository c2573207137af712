package io.tenantry.rest.ratelimit;

import io.tenantry.application.shared.RateLimiter;
import io.tenantry.rest.edge.ClientAddresses;
import io.tenantry.rest.shared.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers {@code 429 rate_limited} with {@code Retry-After} once a client address has used up its
 * requests to the {@link RateLimited} routes for the minute (and, through {@link RequestBudgets},
 * once an account or a tenant has). The address is resolved by {@link ClientAddresses}: the peer,
 * or the right-most forwarded hop that is not a trusted proxy.
 */
public class RateLimitFilter {

  @Inject RateLimiter limiter;
  @Inject ClientAddresses clients;

  @ServerRequestFilter
  @RateLimited
  public Response limit(ContainerRequestContext context, HttpServerRequest request) {
    // With the per-client budget off, resolving the client address is work for nothing on every
    // request (issue 10).
    if (!limiter.limits(RateLimiter.Scope.CLIENT)) {
      return null;
    }
    Optional<String> client = clients.bucketKey(request);
    if (client.isEmpty()) {
      return null;
    }
    OptionalLong retryAfter = limiter.tryAcquire(RateLimiter.Scope.CLIENT, client.get());
    if (retryAfter.isEmpty()) {
      return null;
    }
    return tooMany(retryAfter.getAsLong(), context.getUriInfo().getPath());
  }

  @ServerExceptionMapper
  public Response exhausted(RateLimitExceededException e, UriInfo uri) {
    return tooMany(e.retryAfterSeconds(), uri.getPath());
  }

  private static Response tooMany(long retryAfterSeconds, String path) {
    return Response.fromResponse(
            Problems.response(429, "rate_limited", "too many requests; try again later", path))
        .header("Retry-After", Long.toString(retryAfterSeconds))
        .build();
  }
}
