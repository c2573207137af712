package io.tenantry.rest.shared;

import io.tenantry.application.UseCases;
import io.tenantry.application.apikey.ApiKeyFormat;
import io.tenantry.application.shared.Actor;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Turns the request's bearer token (an access token or a personal API key) into the calling {@link
 * Actor}, once per request.
 */
@RequestScoped
public class CallerAuthentication {
  private static final String SCHEME = "bearer ";

  @Inject HttpServerRequest request;
  @Inject UseCases useCases;

  private Actor actor;

  public Actor actor() {
    if (actor == null) {
      actor = useCases.authenticate.authenticate(bearerToken());
    }
    return actor;
  }

  /**
   * The caller, refused unless a platform admin: the admin routes check this before they read their
   * parameters, so nobody else learns which values they would accept.
   */
  public Actor platformAdmin() {
    Actor admin = actor();
    admin.requirePlatformAdmin();
    return admin;
  }

  /**
   * The caller, refused when the request carries a personal API key rather than a person's access
   * token: the routes where a human must be present (changing the password, minting API keys).
   */
  public Actor human() {
    Actor person = actor();
    if (ApiKeyFormat.looksLikeKey(bearerToken())) {
      throw new ForbiddenException("this action needs a person's access token, not an API key");
    }
    return person;
  }

  private String bearerToken() {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null
        || header.length() <= SCHEME.length()
        || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new AuthenticationException("unauthenticated", "a bearer access token is required");
    }
    return header.substring(SCHEME.length()).strip();
  }
}
