package io.tenantry.bootstrap.ops;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The OpenAPI schema of {@code io.tenantry.rest.shared.Problem} (RFC 9457 with our stable {@code
 * code}) and the problem+json responses that refer to it.
 */
public final class ProblemSchemas {
  static final String PROBLEM = "Problem";
  static final String FIELD_ERROR = "ProblemFieldError";
  static final String MEDIA_TYPE = "application/problem+json";
  private static final Map<Integer, String> DESCRIPTIONS =
      Map.of(
          400, "Bad Request: malformed JSON or rejected fields (see errors)",
          401, "Unauthorized: missing, invalid or expired credentials",
          403, "Forbidden: the caller lacks the permission",
          404, "Not Found",
          409, "Conflict: a unique value is taken or the state forbids the change",
          412, "Precondition Failed: If-Match does not match the current version",
          415, "Unsupported Media Type: send application/json",
          429, "Too Many Requests: see Retry-After",
          500, "Internal Server Error");

  private ProblemSchemas() {}

  static void addTo(Components components) {
    components.addSchema(
        FIELD_ERROR,
        OASFactory.createSchema()
            .type(java.util.List.of(Schema.SchemaType.OBJECT))
            .addProperty("field", string("The rejected field, in snake_case"))
            .addProperty("message", string("Why it was rejected")));
    components.addSchema(
        PROBLEM,
        OASFactory.createSchema()
            .type(java.util.List.of(Schema.SchemaType.OBJECT))
            .description("RFC 9457 problem details with a stable machine-readable code")
            .addProperty("type", string("URI of the problem type"))
            .addProperty("title", string("Short summary of the status"))
            .addProperty(
                "status",
                OASFactory.createSchema()
                    .type(java.util.List.of(Schema.SchemaType.INTEGER))
                    .format("int32"))
            .addProperty("detail", string("Explanation for this occurrence"))
            .addProperty("instance", string("The request path"))
            .addProperty("code", string("Stable error code, e.g. invalid_credentials"))
            .addProperty(
                "errors",
                OASFactory.createSchema()
                    .type(java.util.List.of(Schema.SchemaType.ARRAY))
                    .items(OASFactory.createSchema().ref(FIELD_ERROR)))
            .required(java.util.List.of("type", "title", "status", "code")));
  }

  static APIResponse response(int status) {
    return OASFactory.createAPIResponse()
        .description(DESCRIPTIONS.getOrDefault(status, "Error"))
        .content(
            OASFactory.createContent()
                .addMediaType(
                    MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema()
        .type(java.util.List.of(Schema.SchemaType.STRING))
        .description(description);
  }
}
