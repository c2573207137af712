package io.tenantry.rest.shared;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses with titles per status. */
public final class Problems {
  private static final String TYPE_BASE = "https://tenantry.io/problems/";
  private static final Map<Integer, String> TITLES =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(409, "Conflict"),
          Map.entry(412, "Precondition Failed"),
          Map.entry(413, "Payload Too Large"),
          Map.entry(414, "URI Too Long"),
          Map.entry(431, "Request Header Fields Too Large"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(503, "Service Unavailable"));

  private Problems() {}

  /** The body alone, for answers written below JAX-RS (the HTTP layer's own routes). */
  public static Problem problem(
      int status, String code, String detail, String instance, List<Problem.FieldError> errors) {
    return new Problem(
        TYPE_BASE + code.replace('_', '-'),
        TITLES.getOrDefault(status, "Error"),
        status,
        detail,
        instance,
        code,
        errors == null || errors.isEmpty() ? null : List.copyOf(errors));
  }

  public static Response response(
      int status, String code, String detail, String instance, List<Problem.FieldError> errors) {
    Response.ResponseBuilder builder =
        Response.status(status)
            .type(Problem.MEDIA_TYPE)
            .entity(problem(status, code, detail, instance, errors));
    if (status == 401) {
      builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return builder.build();
  }

  public static Response response(int status, String code, String detail, String instance) {
    return response(status, code, detail, instance, null);
  }
}
