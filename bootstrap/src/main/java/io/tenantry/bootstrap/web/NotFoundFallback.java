package io.tenantry.bootstrap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenantry.rest.shared.Problem;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Answers any route nobody serves with the same problem+json 404 as the API itself. */
public class NotFoundFallback {
  @Inject ObjectMapper json;

  void register(@Observes Router router) {
    router
        .route()
        .last()
        .handler(
            ctx -> {
              Problem problem =
                  new Problem(
                      "https://tenantry.io/problems/not-found",
                      "Not Found",
                      404,
                      "no such resource",
                      ctx.request().path(),
                      "not_found",
                      null);
              try {
                ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
              } catch (JsonProcessingException e) {
                ctx.fail(e);
              }
            });
  }
}
