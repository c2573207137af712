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
 * Problem+json for what the HTTP layer answers before any resource runs: routes nobody serves
 * (404), bodies declaring or sending more than {@code app.http.max-body-size} (413; the user import
 * has its own, larger limit), request lines over 4 KiB (414) and headers over 8 KiB (431). The
 * codec's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code
 * .max-header-size}) sit well above these, so that such requests reach this filter instead of the
 * codec's bare answer.
 */
@ApplicationScoped
public class ProblemRoutes {
  @Inject ObjectMapper json;

  /** The longest request line ({@code GET /path?query HTTP/1.1}) answered normally. */
  static final int MAX_REQUEST_LINE = 4096;

  /** The most header bytes (names, values and separators) answered normally. */
  static final int MAX_HEADER_BYTES = 8192;

  @ConfigProperty(name = "app.http.max-body-size")
  MemorySize maxBodySize;

  /** The user import takes up to 1,000 rows per call, more than any other route's body. */
  @ConfigProperty(name = "app.http.import-max-body-size", defaultValue = "1M")
  MemorySize importMaxBodySize;

  static final String IMPORT_PATH = "/api/v1/users/import";

  /**
   * A declared length over the limit is refused by a filter, which runs before any route reads the
   * body; a body that declares no length (chunked) is read here up to the same limit.
   */
  void limitBodies(@Observes Filters filters) {
    filters.register(
        ctx -> {
          if (requestLineLength(ctx) > MAX_REQUEST_LINE) {
            refuse(ctx, 414, "uri_too_long", "the request line is longer than 4 KiB");
          } else if (headerBytes(ctx) > MAX_HEADER_BYTES) {
            refuse(ctx, 431, "headers_too_large", "the request headers exceed 8 KiB");
          } else if (declaredLength(ctx) > bodyLimit(ctx)) {
            refuse(ctx, 413, "payload_too_large", "the body is too large");
          } else if (ChunkedBodies.isChunked(ctx)) {
            ChunkedBodies.read(
                ctx,
                bodyLimit(ctx),
                () -> refuse(ctx, 413, "payload_too_large", "the body is too large"));
          } else {
            ctx.next();
          }
        },
        Integer.MAX_VALUE);
  }

  void notFound(@Observes Router router) {
    router.route().last().handler(ctx -> respond(ctx, 404, "not_found", "no such resource"));
  }

  private long bodyLimit(RoutingContext ctx) {
    return IMPORT_PATH.equals(ctx.normalizedPath())
        ? importMaxBodySize.asLongValue()
        : maxBodySize.asLongValue();
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

  private static int requestLineLength(RoutingContext ctx) {
    return ctx.request().method().name().length() + ctx.request().uri().length() + 10;
  }

  private static long headerBytes(RoutingContext ctx) {
    long total = 0;
    for (var header : ctx.request().headers()) {
      total += header.getKey().length() + header.getValue().length() + 4L;
    }
    return total;
  }

  /** Answers and closes: the rest of an oversized or malformed request is not worth reading. */
  private void refuse(RoutingContext ctx, int status, String code, String detail) {
    ctx.response().putHeader("Connection", "close");
    respond(ctx, status, code, detail);
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
