package io.tenantry.rest.openapi;

import io.tenantry.rest.shared.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The OpenAPI schema of {@link Problem} (RFC 9457 with our stable {@code code}) and the reusable
 * problem+json responses that resources name in {@code @APIResponse(ref = ...)}.
 */
final class ProblemSchemas {
  static final String PROBLEM = "Problem";
  static final String FIELD_ERROR = "ProblemFieldError";

  /** A reusable problem answer: its status, description and the header that comes with it. */
  private record Answer(int status, String description, String header) {}

  private static final Map<String, Answer> ANSWERS = new LinkedHashMap<>();

  static {
    answer(ApiDoc.BAD_REQUEST, 400, "Malformed JSON or rejected fields (see errors)", null);
    answer(
        ApiDoc.UNAUTHORIZED,
        401,
        "Missing, invalid or expired credentials",
        ApiDoc.WWW_AUTHENTICATE);
    answer(ApiDoc.FORBIDDEN, 403, "The caller lacks the permission, or the state forbids it", null);
    answer(ApiDoc.NOT_FOUND, 404, "No such resource (in the caller's tenant)", null);
    answer(ApiDoc.CONFLICT, 409, "A unique value is taken or the state forbids the change", null);
    answer(ApiDoc.PRECONDITION_FAILED, 412, "If-Match does not match the current version", null);
    answer(ApiDoc.PAYLOAD_TOO_LARGE, 413, "The body is larger than the limit", null);
    answer(ApiDoc.UNSUPPORTED_MEDIA_TYPE, 415, "Send application/json", null);
    answer(ApiDoc.TOO_MANY_REQUESTS, 429, "Rate limited: retry after", ApiDoc.RETRY_AFTER);
    answer(ApiDoc.INTERNAL_SERVER_ERROR, 500, "Unexpected failure", null);
    answer(
        ApiDoc.SERVICE_UNAVAILABLE,
        503,
        "A dependency (the database) is down: retry after",
        ApiDoc.RETRY_AFTER);
  }

  private ProblemSchemas() {}

  private static void answer(String name, int status, String description, String header) {
    ANSWERS.put(name, new Answer(status, description, header));
  }

  static void addTo(Components components) {
    components.addSchema(
        FIELD_ERROR,
        object()
            .description("One rejected field")
            .addProperty("field", string("The rejected field, in snake_case"))
            .addProperty("message", string("Why it was rejected"))
            .required(List.of("field", "message")));
    components.addSchema(
        PROBLEM,
        object()
            .description("RFC 9457 problem details with a stable machine-readable code")
            .addProperty("type", string("URI of the problem type"))
            .addProperty("title", string("Short summary of the status"))
            .addProperty(
                "status",
                OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
            .addProperty("detail", string("Explanation for this occurrence"))
            .addProperty("instance", string("The request path"))
            .addProperty("code", string("Stable error code, e.g. invalid_credentials"))
            .addProperty(
                "errors",
                OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.ARRAY))
                    .items(OASFactory.createSchema().ref(FIELD_ERROR)))
            .required(List.of("type", "title", "status", "code")));
    ANSWERS.forEach((name, answer) -> components.addResponse(name, response(answer)));
  }

  private static APIResponse response(Answer answer) {
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(answer.description())
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM))));
    if (answer.header() != null) {
      Header header = OASFactory.createHeader().ref(answer.header());
      response.addHeader(answer.header(), header);
    }
    return response;
  }

  private static Schema object() {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .description(description);
  }
}
