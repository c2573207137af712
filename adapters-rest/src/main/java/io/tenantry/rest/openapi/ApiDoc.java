package io.tenantry.rest.openapi;

/**
 * Names of the reusable OpenAPI parts ({@code components}) that the resources' annotations refer
 * to; {@link OpenApiComponents} defines them.
 */
public final class ApiDoc {
  /** The security scheme: an access token in {@code Authorization: Bearer}. */
  public static final String BEARER = "bearer";

  /** An array of role names (built-in roles; a tenant may later define its own). */
  public static final String ROLES = "Roles";

  // Problem+json answers, in components/responses.
  public static final String BAD_REQUEST = "BadRequest";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_FOUND = "NotFound";
  public static final String CONFLICT = "Conflict";
  public static final String PRECONDITION_FAILED = "PreconditionFailed";
  public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
  public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
  public static final String TOO_MANY_REQUESTS = "TooManyRequests";
  public static final String INTERNAL_SERVER_ERROR = "InternalServerError";
  public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

  // Response headers, in components/headers.
  public static final String ETAG = "ETag";
  public static final String LOCATION = "Location";
  public static final String RETRY_AFTER = "Retry-After";
  public static final String WWW_AUTHENTICATE = "WWW-Authenticate";

  private ApiDoc() {}
}
