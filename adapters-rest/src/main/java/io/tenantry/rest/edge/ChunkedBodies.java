package io.tenantry.rest.edge;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Reads a body that declares no length (chunked) up to the route's limit before any resource runs,
 * so that one over the limit is refused with 413 like a declared one. The HTTP layer's own cap for
 * such bodies is global and answers bare; this one is per route and answers problem+json. The body
 * read here is handed to the resource by {@link BufferedBodyFilter}.
 */
final class ChunkedBodies {
  /** Where the body read here waits for the resource, in the routing context. */
  static final String BODY = "tenantry.buffered-body";

  private ChunkedBodies() {}

  /** A body is coming without a declared length: chunked transfer coding. */
  static boolean isChunked(RoutingContext ctx) {
    String coding = ctx.request().getHeader("Transfer-Encoding");
    return coding != null && ctx.request().getHeader("Content-Length") == null;
  }

  /** Reads the body; at most {@code limit} bytes, else {@code tooLarge} answers instead. */
  static void read(RoutingContext ctx, long limit, Runnable tooLarge) {
    HttpServerRequest request = ctx.request();
    Buffer body = Buffer.buffer();
    boolean[] refused = {false};
    request.handler(
        chunk -> {
          if (refused[0]) {
            return;
          }
          if (body.length() + (long) chunk.length() > limit) {
            refused[0] = true;
            tooLarge.run();
          } else {
            body.appendBuffer(chunk);
          }
        });
    request.exceptionHandler(ctx::fail);
    request.endHandler(
        done -> {
          if (!refused[0]) {
            ctx.put(BODY, body);
            ctx.next();
          }
        });
    request.resume();
  }

  /** The body read by {@link #read}, if this request had one. */
  static InputStream buffered(RoutingContext ctx) {
    Buffer body = ctx.get(BODY);
    return body == null ? null : new ByteArrayInputStream(body.getBytes());
  }
}
