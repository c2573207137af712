package io.tenantry.bootstrap.ops;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the generated OpenAPI document, at build time so that the stored file and the served
 * one agree: the bearer (JWT) security scheme, which operations need it, and the problem+json
 * answers each operation can give.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiProblemResponses implements OASFilter {
  static final String BEARER = "bearer";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    Components components = openApi.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openApi.setComponents(components);
    }
    ProblemSchemas.addTo(components);
    components.addSecurityScheme(
        BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description(
                "Access token (RS256 JWT) from POST /api/v1/auth/login or /refresh; its keys are"
                    + " published at /.well-known/jwks.json."));
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    openApi
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                  item.getOperations().entrySet()) {
                describe(path, entry.getKey(), entry.getValue());
              }
            });
  }

  private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
    OperationRules rules = new OperationRules(path, method, operation);
    if (rules.needsBearer()) {
      operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
    }
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    for (int status : rules.problemStatuses()) {
      String code = Integer.toString(status);
      if (operation.getResponses().getAPIResponse(code) == null) {
        operation.getResponses().addAPIResponse(code, ProblemSchemas.response(status));
      }
    }
  }
}
