package io.tenantry.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.tenantry.application.UseCases;
import io.tenantry.application.auth.IdTokenHint;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /oauth2/logout} (OIDC RP-Initiated Logout): with an ID token of ours as {@code
 * id_token_hint}, ends its session and this browser's pages session, then returns to {@code
 * post_logout_redirect_uri} (with {@code state}) only if the token's client registered it, else
 * shows a page. Without a good hint nothing ends unasked: a forged link could not press the
 * sign-out button the page offers instead.
 */
@Path("/oauth2/logout")
@Produces(MediaType.TEXT_HTML)
public class LogoutPage {
  @Inject UseCases useCases;
  @Inject PageResponses pages;
  @Inject PageMessages msg;
  @Inject PageSessionCookie sessions;

  @Inject
  @Location("pages/sign-out.html")
  Template confirm;

  @GET
  public Response logout(
      @RestQuery("id_token_hint") String hint,
      @RestQuery("post_logout_redirect_uri") String target,
      @RestQuery String state,
      @RestCookie(PageSessionCookie.COOKIE) String session,
      @RestCookie(CsrfTokens.COOKIE) String csrfCookie) {
    Optional<IdTokenHint> ended = useCases.endSession.end(hint);
    if (ended.isEmpty()) {
      return pages.form(confirm.data("tenant", ""), csrfCookie, 200);
    }
    if (session != null && !session.isEmpty()) {
      useCases.pageSessions.signOut(session);
    }
    if (target != null && registered(ended.get(), target)) {
      return PageResponses.seeOther(
          RedirectUris.withParams(target, Collections.singletonMap("state", state)),
          sessions.cleared());
    }
    Response page = pages.notice(null, msg.signed_out_title(), msg.signed_out_text(), 200);
    return Response.fromResponse(page).cookie(sessions.cleared()).build();
  }

  private boolean registered(IdTokenHint hint, String target) {
    return useCases
        .findClient
        .byClientId(hint.audience())
        .filter(client -> client.tenant().id().equals(hint.tenant()))
        .map(client -> client.client().allowsPostLogoutRedirect(target))
        .orElse(false);
  }
}
