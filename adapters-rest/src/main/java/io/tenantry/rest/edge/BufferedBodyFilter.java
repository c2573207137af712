package io.tenantry.rest.edge;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.InputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Gives a resource the chunked body that {@link ChunkedBodies} already read: the request itself has
 * ended by then, so the framework would otherwise see an empty body.
 */
public class BufferedBodyFilter {

  @ServerRequestFilter(preMatching = true)
  void handOver(ContainerRequestContext request, RoutingContext routing) {
    InputStream body = ChunkedBodies.buffered(routing);
    if (body != null) {
      request.setEntityStream(body);
    }
  }
}
