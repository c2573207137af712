package io.tenantry.web;

import io.tenantry.application.UseCases;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Signs the browser out: its pages session and the Tenantry session behind it end. */
@Path("/sign-out")
@Produces(MediaType.TEXT_HTML)
public class SignOutPage {
  @Inject UseCases useCases;
  @Inject PageResponses pages;
  @Inject PageSessionCookie sessions;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signOut(@BeanParam PageForm posted) {
    if (!pages.genuine(posted)) {
      return pages.formExpired();
    }
    String session = posted.session();
    String tenant =
        sessions.caller(session).map(caller -> caller.actor().tenant().value()).orElse(null);
    if (session != null && !session.isEmpty()) {
      useCases.pageSessions.signOut(session);
    }
    String signIn = tenant == null ? "/sign-in" : "/sign-in?tenant=" + tenant;
    return PageResponses.seeOther(signIn, sessions.cleared());
  }
}
