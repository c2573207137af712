package io.tenantry.web.console;

import io.tenantry.application.UseCases;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.user.UserId;
import io.tenantry.web.AnswersOutagesInHtml;
import io.tenantry.web.FormErrors;
import io.tenantry.web.PageCookies;
import io.tenantry.web.PageForm;
import io.tenantry.web.PageMessages;
import io.tenantry.web.PageResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Deleting a user from the console takes two steps: a page that says what will happen, then its
 * form, which deletes through the same use case as {@code DELETE /api/v1/users/{id}}.
 */
@Path("/console/users/{id}/delete")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class UserDeletion {
  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject UserDetailView detail;
  @Inject PageMessages msg;

  @GET
  public Response confirm(@RestPath String id, @BeanParam PageCookies cookies) {
    return access.page(
        cookies,
        caller -> detail.confirmDeletion(caller, cookies.csrfCookie(), ConsoleInput.userId(id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response delete(@RestPath String id, @BeanParam PageForm posted) {
    return access.form(
        posted,
        caller -> {
          UserId user = ConsoleInput.userId(id);
          try {
            useCases.deleteUser.delete(caller.actor(), user);
            return PageResponses.seeOther("/console/users?done=deleted");
          } catch (ConflictException refused) {
            FormErrors errors = new FormErrors(msg).flag("change", ConsoleErrors.describe(refused));
            return detail.render(caller, posted.csrfCookie(), user, null, errors, 409);
          }
        });
  }
}
