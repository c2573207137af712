package io.tenantry.web;

import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds which sign-in a second-step form belongs to (its hidden fields repeat an authorization
 * request, which is checked again, or name the tenant of {@code /account}), and ends it the way a
 * password-only sign-in ends.
 */
@ApplicationScoped
public class SignInContexts {
  @Inject UseCases useCases;
  @Inject AuthorizeChecks checks;
  @Inject PageSessionCookie sessions;

  /** Runs {@code then} for the form's sign-in; a bad authorization request gets its answer. */
  public Response resolve(
      AuthorizeRequest request,
      String tenant,
      String next,
      Function<SignInContext, Response> then) {
    if (request.clientId() != null) {
      return checks.checked(
          request, (client, code) -> then.apply(SignInContext.of(client, request, code)));
    }
    String slug = tenant == null ? "" : tenant.strip();
    Optional<String> name = LenientInput.slug(slug).flatMap(useCases.pageSessions::tenantName);
    if (name.isEmpty()) {
      return PageResponses.seeOther("/sign-in");
    }
    return then.apply(SignInContext.account(slug, name.get(), next));
  }

  /** Signed in: with a code to the client, or to its page, with the new session cookie. */
  public Response signedIn(SignInContext context, String session, NewCookie... others) {
    NewCookie[] cookies = new NewCookie[others.length + 1];
    cookies[0] = sessions.issue(session);
    System.arraycopy(others, 0, cookies, 1, others.length);
    if (!context.redirectsToClient()) {
      return PageResponses.seeOther(context.continueUrl(), cookies);
    }
    PageCaller caller = useCases.pageSessions.resume(session).orElseThrow();
    return checks.redirectWithCode(caller, context.code(), context.state(), cookies);
  }

  /** The sign-in starts again (its {@code mfa_token} expired, was used or is missing). */
  public Response restart(SignInContext context, NewCookie... cookies) {
    return PageResponses.seeOther(context.restartUrl(), cookies);
  }
}
