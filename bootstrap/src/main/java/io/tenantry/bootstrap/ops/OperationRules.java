package io.tenantry.bootstrap.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/** Which problem answers an operation can give, and whether it needs a bearer token. */
public final class OperationRules {
  private static final String API = "/api/v1/";
  private static final String AUTH = "/api/v1/auth/";
  private static final Set<String> AUTHENTICATED_AUTH_CALLS =
      Set.of(AUTH + "logout-all", AUTH + "password/change");
  private static final Set<String> PUBLIC_OUTSIDE_AUTH = Set.of("POST /api/v1/tenants");

  private final String path;
  private final PathItem.HttpMethod method;
  private final Operation operation;

  public OperationRules(String path, PathItem.HttpMethod method, Operation operation) {
    this.path = path;
    this.method = method;
    this.operation = operation;
  }

  /** Every API route needs a token except the token-less auth calls and the public sign-up. */
  public boolean needsBearer() {
    if (!path.startsWith(API)) {
      return false;
    }
    if (path.startsWith(AUTH)) {
      return AUTHENTICATED_AUTH_CALLS.contains(path);
    }
    return !PUBLIC_OUTSIDE_AUTH.contains(method + " " + path);
  }

  /** The statuses, in order, that this operation may answer with a problem body. */
  public List<Integer> problemStatuses() {
    List<Integer> statuses = new ArrayList<>();
    if (!path.startsWith(API)) {
      statuses.add(500);
      return statuses;
    }
    boolean body = operation.getRequestBody() != null;
    boolean writes = method != PathItem.HttpMethod.GET;
    boolean auth = path.startsWith(AUTH);
    if (body || hasParameters()) {
      statuses.add(400);
    }
    if (needsBearer() || auth) {
      statuses.add(401);
    }
    if (needsBearer()) {
      statuses.add(403);
    }
    if (path.contains("{") || path.endsWith("/current") || path.endsWith("/me")) {
      statuses.add(404);
    }
    if (writes && !auth) {
      statuses.add(409);
    }
    if (method == PathItem.HttpMethod.PATCH) {
      statuses.add(412);
    }
    if (body) {
      statuses.add(415);
    }
    if (auth) {
      statuses.add(429);
    }
    statuses.add(500);
    return statuses;
  }

  private boolean hasParameters() {
    return operation.getParameters() != null && !operation.getParameters().isEmpty();
  }
}
