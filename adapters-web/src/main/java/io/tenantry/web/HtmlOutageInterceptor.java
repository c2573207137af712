package io.tenantry.web;

import io.tenantry.application.shared.DependencyFailures;
import io.tenantry.domain.shared.UnavailableException;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A page that meets an unavailable dependency answers an HTML 503 page with {@code Retry-After},
 * one warning line (the log format adds the trace id) and the outage event the metrics count, as
 * the JSON API does with its problem+json; anything else goes on to the usual exception mapping.
 */
@AnswersOutagesInHtml
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class HtmlOutageInterceptor {
  private static final Logger LOG = Logger.getLogger(HtmlOutageInterceptor.class);

  @Inject DependencyFailures dependencies;
  @Inject PageResponses pages;
  @Inject PageMessages msg;
  @Inject Event<UnavailableException> outages;

  @ConfigProperty(name = "app.http.unavailable-retry-after", defaultValue = "5")
  long retryAfterSeconds;

  @AroundInvoke
  Object answer(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (RuntimeException e) {
      Optional<UnavailableException> down = dependencies.unavailable(e);
      if (down.isEmpty()) {
        throw e;
      }
      LOG.warnf(
          "%s unavailable, answered 503 to the page %s: %s",
          down.get().dependency(),
          call.getMethod().getDeclaringClass().getSimpleName(),
          down.get().reason());
      outages.fire(down.get());
      return Response.fromResponse(
              pages.notice(null, msg.unavailable_title(), msg.unavailable_text(), 503))
          .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
          .build();
    }
  }
}
