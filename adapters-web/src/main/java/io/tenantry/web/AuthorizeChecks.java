package io.tenantry.web;

import io.tenantry.application.UseCases;
import io.tenantry.application.client.TenantClient;
import io.tenantry.application.oauth.CodeRequest;
import io.tenantry.application.session.PageCaller;
import io.tenantry.domain.client.ClientType;
import io.tenantry.domain.client.Scope;
import io.tenantry.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Checks an authorization request in the order RFC 6749 §4.1.2.1 demands: an unknown client or a
 * redirect URI it did not register gets an error page and never a redirect (no open redirector);
 * every later problem goes back to the client's redirect URI as {@code error} with its {@code
 * state}. PKCE with S256 is required of every client.
 */
@ApplicationScoped
public class AuthorizeChecks {
  private static final Set<String> SCOPES = Set.of("openid", "email", "profile", "offline_access");
  private static final Pattern CHALLENGE = Pattern.compile("^[A-Za-z0-9._~-]{43,128}$");

  @Inject UseCases useCases;
  @Inject PageResponses pages;
  @Inject PageMessages msg;

  /** Runs {@code then} for a sound request; answers the error page or redirect otherwise. */
  public Response checked(
      AuthorizeRequest request, BiFunction<TenantClient, CodeRequest, Response> then) {
    Optional<TenantClient> client = useCases.findClient.byClientId(request.clientId());
    boolean registered =
        client.isPresent()
            && request.redirectUri() != null
            && client.get().client().allowsRedirect(request.redirectUri());
    if (!registered) {
      return pages.notice(null, msg.authorize_error_title(), msg.authorize_error_text(), 400);
    }
    Optional<Problem> problem = problem(request, client.get());
    if (problem.isPresent()) {
      return error(request, problem.get().error(), problem.get().description());
    }
    Optional<String> nonce = Optional.ofNullable(request.nonce()).filter(n -> !n.isBlank());
    CodeRequest code =
        new CodeRequest(
            client.get(),
            request.redirectUri(),
            request.codeChallenge(),
            nonce,
            Scope.parse(request.scope()).within(SCOPES));
    return then.apply(client.get(), code);
  }

  /** The redirect back to the client with a code for the signed-in {@code caller}. */
  public Response redirectWithCode(
      PageCaller caller, CodeRequest request, String state, NewCookie... cookies) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("code", useCases.issueAuthorizationCode.issue(caller, request));
    params.put("state", state);
    return PageResponses.seeOther(RedirectUris.withParams(request.redirectUri(), params), cookies);
  }

  /** The redirect that tells the client why (RFC 6749 §4.1.2.1). */
  public Response error(AuthorizeRequest request, String error, String description) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("error", error);
    params.put("error_description", description);
    params.put("state", request.state());
    return PageResponses.seeOther(RedirectUris.withParams(request.redirectUri(), params));
  }

  private Optional<Problem> problem(AuthorizeRequest request, TenantClient client) {
    if (!client.tenant().isActive()) {
      return fail("access_denied", "the client's tenant is suspended");
    }
    if (client.client().type() == ClientType.SERVICE) {
      return fail("unauthorized_client", "a service client cannot use the code flow");
    }
    if (request.responseType() == null) {
      return fail("invalid_request", "response_type is missing");
    }
    if (!"code".equals(request.responseType())) {
      return fail("unsupported_response_type", "only response_type=code is supported");
    }
    if (request.codeChallenge() == null || !"S256".equals(request.codeChallengeMethod())) {
      return fail("invalid_request", "PKCE is required: code_challenge with method S256");
    }
    if (!CHALLENGE.matcher(request.codeChallenge()).matches()) {
      return fail("invalid_request", "code_challenge is malformed");
    }
    try {
      Scope.parse(request.scope());
    } catch (DomainException malformed) {
      return fail("invalid_scope", "scope is malformed");
    }
    return Optional.empty();
  }

  private static Optional<Problem> fail(String error, String description) {
    return Optional.of(new Problem(error, description));
  }

  private record Problem(String error, String description) {}
}
