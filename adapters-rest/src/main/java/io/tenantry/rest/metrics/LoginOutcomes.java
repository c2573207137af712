package io.tenantry.rest.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts the answers of the {@link CountsLogin} routes by outcome and logs one line per failed
 * login (no e-mail, no password: the trace id ties it to the call).
 */
public class LoginOutcomes {
  private static final Logger LOG = Logger.getLogger(LoginOutcomes.class);

  private final ApiOutcomes logins;

  LoginOutcomes(MeterRegistry registry) {
    this.logins = new ApiOutcomes(registry, "auth.logins", "Login attempts by outcome");
  }

  @ServerResponseFilter
  @CountsLogin
  public void count(ContainerResponseContext response) {
    logins.count(response.getStatus());
    if (response.getStatus() == 401) {
      LOG.info("Login failed: invalid credentials");
    }
  }
}
