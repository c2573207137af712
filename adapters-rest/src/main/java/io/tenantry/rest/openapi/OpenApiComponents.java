package io.tenantry.rest.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Defines the reusable parts that the resources' annotations refer to ({@link ApiDoc}): the bearer
 * security scheme, the problem+json schema and responses, the documented headers and the role-name
 * schema. Runs at build time, so the stored document and the served one agree. What it adds to
 * operations follows from the operation itself, never from its URL: the bearer requirement, on
 * every operation not declared public (an empty {@code @SecurityRequirements}); the 500 answer,
 * which any operation can give (the catch-all exception mapper writes it); 400, which every
 * operation that parses input (a body, query parameters, a UUID in the path) can give; 401, 403 and
 * 503, which every operation that requires a bearer token can give; 404, which every operation with
 * a path parameter can give; 413 and 415, which every operation that reads a body can give (the
 * HTTP layer's limits and the JSON reader answer them); and 400, 404, 409 and 412, which every
 * update taking an {@code If-Match} header can give (so the update methods declare only their 200).
 * Versions follow the same way: the resource of a path whose update takes {@code If-Match} is
 * versioned, so reading it answers its {@code ETag}; so does any 200 whose body carries a {@code
 * version}; and a 201 that says where a new versioned resource lives ({@code Location}, its body
 * having a {@code version}) answers its first {@code ETag} too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiComponents implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    Components components = openApi.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openApi.setComponents(components);
    }
    components.addSecurityScheme(
        ApiDoc.BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description(
                "Access token (RS256 JWT) from POST /api/v1/auth/login or /refresh; its keys are"
                    + " published at /.well-known/jwks.json."));
    addHeaders(components);
    // A string, not an enum: a tenant defines its own roles, and a client generated from this
    // document must read a user holding one.
    components.addSchema(
        "Role",
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.STRING))
            .description(
                "A role name: a built-in role (owner, admin, member; platform_admin only in"
                    + " tenant system) or one the tenant defined (GET /api/v1/roles)")
            .pattern("^[a-z][a-z0-9_-]{1,39}$")
            .examples(List.of("member", "support-agent")));
    components.addSchema(
        ApiDoc.ROLES,
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.ARRAY))
            .items(OASFactory.createSchema().ref("Role")));
    ProblemSchemas.addTo(components);
    if (openApi.getPaths() != null && openApi.getPaths().getPathItems() != null) {
      openApi
          .getPaths()
          .getPathItems()
          .values()
          .forEach(item -> addAnswers(item, openApi.getComponents()));
    }
  }

  private static void addAnswers(PathItem item, Components components) {
    boolean versioned =
        item.getOperations().values().stream().anyMatch(OpenApiComponents::takesIfMatch);
    item.getOperations()
        .forEach(
            (method, operation) -> {
              addCommonAnswers(operation);
              if (versioned && method == PathItem.HttpMethod.GET) {
                addVersionHeader(operation.getResponses().getAPIResponse("200"));
              }
              APIResponse ok = operation.getResponses().getAPIResponse("200");
              if (ok != null && isVersioned(ok, components)) {
                addVersionHeader(ok);
              }
              APIResponse created = operation.getResponses().getAPIResponse("201");
              if (created != null && namesLocation(created) && isVersioned(created, components)) {
                addVersionHeader(created);
              }
            });
  }

  private static boolean namesLocation(APIResponse response) {
    return response.getHeaders() != null && response.getHeaders().containsKey(ApiDoc.LOCATION);
  }

  /** Whether the body of {@code response} is a resource that carries its {@code version}. */
  private static boolean isVersioned(APIResponse response, Components components) {
    if (response.getContent() == null || components.getSchemas() == null) {
      return false;
    }
    return response.getContent().getMediaTypes().values().stream()
        .map(MediaType::getSchema)
        .filter(schema -> schema != null && schema.getRef() != null)
        .map(schema -> components.getSchemas().get(schemaName(schema.getRef())))
        .anyMatch(
            schema ->
                schema != null
                    && schema.getProperties() != null
                    && schema.getProperties().containsKey("version"));
  }

  private static String schemaName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static void addCommonAnswers(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    addAuthenticationAnswers(operation);
    if (readsInput(operation)) {
      // Input the adapter parses: a body, query parameters or an id in the path may be malformed.
      addAnswer(operation, "400", ApiDoc.BAD_REQUEST);
    }
    if (hasParameterIn(operation, Parameter.In.PATH)) {
      // The resource a path names may not exist (or not in the caller's tenant).
      addAnswer(operation, "404", ApiDoc.NOT_FOUND);
    }
    if (takesIfMatch(operation)) {
      // An update of one versioned resource: bad input, gone, in conflict, or a stale version.
      addAnswer(operation, "400", ApiDoc.BAD_REQUEST);
      addAnswer(operation, "404", ApiDoc.NOT_FOUND);
      addAnswer(operation, "409", ApiDoc.CONFLICT);
      addAnswer(operation, "412", ApiDoc.PRECONDITION_FAILED);
      addVersionHeader(operation.getResponses().getAPIResponse("200"));
    }
    if (operation.getRequestBody() != null) {
      addAnswer(operation, "413", ApiDoc.PAYLOAD_TOO_LARGE);
      addAnswer(operation, "415", ApiDoc.UNSUPPORTED_MEDIA_TYPE);
    }
    addAnswer(operation, "500", ApiDoc.INTERNAL_SERVER_ERROR);
  }

  private static void addAuthenticationAnswers(Operation operation) {
    requireBearerUnlessPublic(operation);
    if (requiresBearer(operation)) {
      // Any protected operation: no or a dead token, a missing permission, the database away.
      addAnswer(operation, "401", ApiDoc.UNAUTHORIZED);
      addAnswer(operation, "403", ApiDoc.FORBIDDEN);
      addAnswer(operation, "503", ApiDoc.SERVICE_UNAVAILABLE);
    }
  }

  /**
   * Every operation needs a bearer token unless it says otherwise: an operation (or its resource)
   * that is public declares an empty {@code @SecurityRequirements}, which the document shows as no
   * {@code security} at all. So a new resource is documented as protected without a word.
   */
  private static void requireBearerUnlessPublic(Operation operation) {
    if (operation.getSecurity() == null) {
      operation.addSecurityRequirement(
          OASFactory.createSecurityRequirement().addScheme(ApiDoc.BEARER));
    } else if (operation.getSecurity().stream()
        .allMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty())) {
      operation.setSecurity(null);
    }
  }

  private static boolean requiresBearer(Operation operation) {
    return operation.getSecurity() != null
        && operation.getSecurity().stream()
            .anyMatch(requirement -> requirement.hasScheme(ApiDoc.BEARER));
  }

  /**
   * Whether the operation reads a body, query parameters or a typed (UUID) path parameter; a free
   * string in the path (a role or client name) parses whatever it is given.
   */
  private static boolean readsInput(Operation operation) {
    return operation.getRequestBody() != null
        || hasParameterIn(operation, Parameter.In.QUERY)
        || (operation.getParameters() != null
            && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH && isTyped(p.getSchema())));
  }

  private static boolean isTyped(Schema schema) {
    return schema != null && (schema.getRef() != null || schema.getFormat() != null);
  }

  private static boolean hasParameterIn(Operation operation, Parameter.In in) {
    return operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> p.getIn() == in);
  }

  private static boolean takesIfMatch(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(
                p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
  }

  /** The resource's (new) version, for the next {@code If-Match}. */
  private static void addVersionHeader(APIResponse ok) {
    if (ok != null && (ok.getHeaders() == null || !ok.getHeaders().containsKey(ApiDoc.ETAG))) {
      ok.addHeader(ApiDoc.ETAG, OASFactory.createHeader().ref(ApiDoc.ETAG));
    }
  }

  private static void addAnswer(Operation operation, String status, String ref) {
    if (operation.getResponses().getAPIResponse(status) == null) {
      operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
    }
  }

  private static void addHeaders(Components components) {
    components.addHeader(
        ApiDoc.ETAG,
        header(
            "The resource's version, quoted (\"3\"); send it back in If-Match to update only that"
                + " version",
            Schema.SchemaType.STRING));
    components.addHeader(
        ApiDoc.LOCATION, header("The URL of the created resource", Schema.SchemaType.STRING));
    components.addHeader(
        ApiDoc.RETRY_AFTER,
        header("Seconds to wait before trying again", Schema.SchemaType.INTEGER));
    components.addHeader(
        ApiDoc.WWW_AUTHENTICATE,
        header("The authentication scheme to use: Bearer", Schema.SchemaType.STRING));
  }

  private static Header header(String description, Schema.SchemaType type) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().type(List.of(type)));
  }
}
