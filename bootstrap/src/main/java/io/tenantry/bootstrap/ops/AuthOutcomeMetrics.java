package io.tenantry.bootstrap.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts logins, token refreshes and created users from the HTTP answers, outside the services, and
 * logs one line per failed login (no e-mail, no password: the trace id ties it to the call).
 */
public class AuthOutcomeMetrics {
  private static final Logger LOG = Logger.getLogger(AuthOutcomeMetrics.class);
  private static final List<String> OUTCOMES =
      List.of(
          "success", "failure", "locked", "rate_limited", "invalid_request", "rejected", "error");

  private final MeterRegistry registry;
  private final Counter usersCreated;

  AuthOutcomeMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.usersCreated =
        Counter.builder("users.created")
            .description("Users created by invitation, registration or with a new tenant")
            .register(registry);
    // Every series exists from the start, so rates and alerts work before the first event.
    for (String outcome : OUTCOMES) {
      counter("auth.logins", outcome);
      counter("auth.token.refreshes", outcome);
    }
  }

  @ServerResponseFilter
  public void count(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    String path = request.getUriInfo().getPath();
    int status = response.getStatus();
    ApiOutcomes.authCounter(method, path)
        .ifPresent(name -> counter(name, ApiOutcomes.outcome(status)).increment());
    if (ApiOutcomes.createdUser(method, path, status)) {
      usersCreated.increment();
    }
    if (status == 401 && ApiOutcomes.LOGIN.equals(ApiOutcomes.normalise(path))) {
      LOG.info("Login failed: invalid credentials");
    }
  }

  private Counter counter(String name, String outcome) {
    return Counter.builder(name)
        .description(
            name.equals("auth.logins") ? "Login attempts by outcome" : "Token refreshes by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
