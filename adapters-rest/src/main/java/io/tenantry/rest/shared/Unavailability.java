package io.tenantry.rest.shared;

import io.tenantry.domain.shared.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers a call that met an unavailable dependency: {@code 503 service_unavailable} with {@code
 * Retry-After}, one warning line (the log format adds the trace id) instead of a stack trace, and
 * an event that the metrics count.
 */
@ApplicationScoped
public class Unavailability {
  private static final Logger LOG = Logger.getLogger(Unavailability.class);

  @Inject Event<UnavailableException> outages;

  @ConfigProperty(name = "app.http.unavailable-retry-after", defaultValue = "5")
  long retryAfterSeconds;

  /** The 503 for {@code failure} on the request at {@code path}. */
  public Response respond(UnavailableException failure, String path) {
    LOG.warnf(
        "%s unavailable, answered 503 to %s: %s", failure.dependency(), path, failure.reason());
    outages.fire(failure);
    return Response.fromResponse(Problems.response(503, failure.code(), failure.getMessage(), path))
        .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
        .build();
  }
}
