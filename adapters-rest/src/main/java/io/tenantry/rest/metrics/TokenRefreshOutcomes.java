package io.tenantry.rest.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Counts the answers of the {@link CountsTokenRefresh} routes by outcome. */
public class TokenRefreshOutcomes {
  private final ApiOutcomes refreshes;

  TokenRefreshOutcomes(MeterRegistry registry) {
    this.refreshes =
        new ApiOutcomes(registry, "auth.token.refreshes", "Token refreshes by outcome");
  }

  @ServerResponseFilter
  @CountsTokenRefresh
  public void count(ContainerResponseContext response) {
    refreshes.count(response.getStatus());
  }
}
