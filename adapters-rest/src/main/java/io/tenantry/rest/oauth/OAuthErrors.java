package io.tenantry.rest.oauth;

import io.tenantry.application.oauth.OAuthException;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.shared.UnavailableException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Errors of the {@code /oauth2/*} endpoints the RFC way ({@code {"error", "error_description"}},
 * RFC 6749 §5.2), not problem+json: a refused client is 401 with {@code WWW-Authenticate: Basic},
 * every other refusal 400; nothing is cached. A dependency outage still reaches the one 503 mapper.
 */
final class OAuthErrors {
  private OAuthErrors() {}

  /** Runs an endpoint, answering its refusals as RFC 6749 errors. */
  static Response guard(Supplier<Response> endpoint) {
    try {
      return endpoint.get();
    } catch (UnavailableException e) {
      throw e;
    } catch (DomainException e) {
      return of(e);
    }
  }

  static Response of(DomainException e) {
    String error = errorOf(e);
    Response.ResponseBuilder response =
        OAuthResponses.json(error.equals("invalid_client") ? 401 : 400, body(error, e));
    if (error.equals("invalid_client")) {
      response.header("WWW-Authenticate", "Basic realm=\"tenantry\"");
    }
    return response.build();
  }

  /** A refused bearer token at UserInfo (RFC 6750 §3.1). */
  static Response bearer(DomainException e) {
    boolean forbidden = e instanceof ForbiddenException && !e.code().equals("tenant_suspended");
    String error = forbidden ? "insufficient_scope" : "invalid_token";
    return OAuthResponses.json(forbidden ? 403 : 401, body(error, e))
        .header("WWW-Authenticate", "Bearer realm=\"tenantry\", error=\"" + error + "\"")
        .build();
  }

  private static String errorOf(DomainException e) {
    if (e instanceof OAuthException) {
      return e.code();
    }
    if (e instanceof RuleViolationException) {
      return "invalid_request";
    }
    // A refresh token that cannot be used, a suspended tenant, an unknown user: the grant is bad.
    return e instanceof AuthenticationException || e instanceof ForbiddenException
        ? "invalid_grant"
        : "invalid_request";
  }

  private static Map<String, Object> body(String error, DomainException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", e.getMessage());
    return body;
  }
}
