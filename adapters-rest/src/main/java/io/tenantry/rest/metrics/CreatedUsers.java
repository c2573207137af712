package io.tenantry.rest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts users created by the {@link CountsCreatedUser} routes (an invitation, a registration, a
 * tenant with its owner): only their {@code 201} answers create one.
 */
public class CreatedUsers {
  private final Counter usersCreated;

  CreatedUsers(MeterRegistry registry) {
    this.usersCreated =
        Counter.builder("users.created")
            .description("Users created by invitation, registration or with a new tenant")
            .register(registry);
  }

  @ServerResponseFilter
  @CountsCreatedUser
  public void count(ContainerResponseContext response) {
    count(response.getStatus());
  }

  void count(int status) {
    if (status == 201) {
      usersCreated.increment();
    }
  }
}
