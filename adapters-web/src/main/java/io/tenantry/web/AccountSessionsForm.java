package io.tenantry.web;

import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import io.tenantry.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Ends one of the user's sessions from {@code /account}, as {@code DELETE /users/me/sessions/{id}}
 * does; ending this browser's own session signs it out.
 */
@Path("/account/sessions")
@Produces(MediaType.TEXT_HTML)
public class AccountSessionsForm {
  @Inject UseCases useCases;
  @Inject AccountView view;

  @POST
  @Path("/end")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response end(@RestForm("session") String sessionId, @BeanParam PageForm posted) {
    return view.submit(posted, caller -> end(caller, sessionId));
  }

  private Response end(PageCaller caller, String sessionId) {
    UUID id;
    try {
      id = UUID.fromString(sessionId == null ? "" : sessionId);
      useCases.ownSessions.revoke(caller.actor(), id);
    } catch (IllegalArgumentException | NotFoundException gone) {
      return PageResponses.seeOther("/account");
    }
    if (caller.actor().session().filter(id::equals).isPresent()) {
      return view.toSignIn();
    }
    return PageResponses.seeOther("/account?done=session");
  }
}
