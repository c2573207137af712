package io.tenantry.rest.edge;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Writes the W3C {@code traceparent} of the server span into every HTTP response, so that a caller
 * can quote the trace id that the service's log lines carry.
 */
@ApplicationScoped
public class TraceparentHeader {
  static final String HEADER = "traceparent";

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            context -> {
              SpanContext span = Span.current().getSpanContext();
              HttpServerResponse response = context.response();
              context.addHeadersEndHandler(
                  ignored -> {
                    if (span.isValid() && !response.headers().contains(HEADER)) {
                      response.putHeader(HEADER, format(span));
                    }
                  });
              context.next();
            });
  }

  static String format(SpanContext span) {
    return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
  }
}
