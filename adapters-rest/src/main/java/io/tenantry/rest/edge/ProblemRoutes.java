package io.tenantry.rest.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.tenantry.rest.shared.Problem;
import io.tenantry.rest.shared.Problems;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem+json for what the HTTP layer answers before any resource runs: routes nobody serves (404)
 * and bodies declaring more than {@code app.http.max-body-size} (413).
 */
@ApplicationScoped
public class ProblemRoutes {
  @Inject ObjectMapper json;

  @ConfigProperty(name = "app.http.max-body-size")
  MemorySize maxBodySize;

  /**
   * A declared length over the limit is refused by a filter, which runs before any route reads the
   * body; a body that declares no length is capped by the HTTP layer itself.
   */
  void limitBodies(@Observes Filters filters) {
    filters.register(
        ctx -> {
          if (declaredLength(ctx) > maxBodySize.asLongValue()) {
            ctx.response().putHeader("Connection", "close");
            respond(ctx, 413, "payload_too_large", "the body is too large");
          } else {
            ctx.next();
          }
        },
        Integer.MAX_VALUE);
  }

  void notFound(@Observes Router router) {
    router.route().last().handler(ctx -> respond(ctx, 404, "not_found", "no such resource"));
  }

  private static long declaredLength(RoutingContext ctx) {
    String header = ctx.request().getHeader("Content-Length");
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void respond(RoutingContext ctx, int status, String code, String detail) {
    Problem problem = Problems.problem(status, code, detail, ctx.request().path(), null);
    try {
      ctx.response()
          .setStatusCode(status)
          .putHeader("Content-Type", Problem.MEDIA_TYPE)
          .end(json.writeValueAsString(problem));
    } catch (JsonProcessingException e) {
      ctx.fail(e);
    }
  }
}
