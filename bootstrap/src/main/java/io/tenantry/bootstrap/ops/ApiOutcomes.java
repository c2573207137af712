package io.tenantry.bootstrap.ops;

import java.util.Optional;
import java.util.Set;

/**
 * Classifies finished API calls into the bounded outcomes that the auth and user counters carry:
 * only the route and the status are looked at, never who called.
 */
public final class ApiOutcomes {
  static final String LOGIN = "/api/v1/auth/login";
  static final String REFRESH = "/api/v1/auth/refresh";
  private static final Set<String> USER_CREATING_POSTS =
      Set.of("/api/v1/users", "/api/v1/auth/register", "/api/v1/admin/tenants", "/api/v1/tenants");

  private ApiOutcomes() {}

  /** The outcome label of a login or refresh answered with {@code status}. */
  public static String outcome(int status) {
    if (status >= 200 && status < 300) {
      return "success";
    }
    return switch (status) {
      case 401 -> "failure";
      case 423 -> "locked";
      case 429 -> "rate_limited";
      case 400, 413, 415 -> "invalid_request";
      default -> status >= 500 ? "error" : "rejected";
    };
  }

  /** The counter a call feeds ({@code auth.logins} or {@code auth.token.refreshes}), if any. */
  public static Optional<String> authCounter(String method, String path) {
    if (!"POST".equals(method)) {
      return Optional.empty();
    }
    return switch (normalise(path)) {
      case LOGIN -> Optional.of("auth.logins");
      case REFRESH -> Optional.of("auth.token.refreshes");
      default -> Optional.empty();
    };
  }

  /** Whether the call created a user: an invitation, a registration or a tenant with its owner. */
  public static boolean createdUser(String method, String path, int status) {
    return status == 201 && "POST".equals(method) && USER_CREATING_POSTS.contains(normalise(path));
  }

  static String normalise(String path) {
    String withSlash = path.startsWith("/") ? path : "/" + path;
    return withSlash.length() > 1 && withSlash.endsWith("/")
        ? withSlash.substring(0, withSlash.length() - 1)
        : withSlash;
  }
}
