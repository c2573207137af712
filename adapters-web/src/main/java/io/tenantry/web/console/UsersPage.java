package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.invitation.InviteUserCommand;
import io.tenantry.application.session.PageCaller;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.RuleViolationException;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /console/users}: the tenant's users with search, status and role filters and paging, and
 * the invitation form (the invited person gets the mail, as over the API).
 */
@Path("/console/users")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class UsersPage {
  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject ConsoleView view;
  @Inject PageMessages msg;

  @Inject
  @Location("console/users.html")
  Template template;

  @GET
  public Response list(
      @RestQuery String q,
      @RestQuery String status,
      @RestQuery String role,
      @RestQuery String page,
      @RestQuery String done,
      @BeanParam PageCookies cookies) {
    UserFilters filters = UserFilters.of(q, status, role, page);
    return access.page(
        cookies,
        caller -> {
          String notice = "deleted".equals(done) ? "The user is deleted." : "";
          return render(
              caller, cookies.csrfCookie(), filters, InviteForm.empty(), null, notice, 200);
        });
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response invite(
      @RestForm String email,
      @RestForm("display_name") String displayName,
      @RestForm("roles") List<String> roles,
      @BeanParam PageForm posted) {
    InviteForm form = new InviteForm(email, displayName, roles);
    return access.form(posted, caller -> invite(caller, posted.csrfCookie(), form));
  }

  private Response invite(PageCaller caller, String csrfCookie, InviteForm form) {
    FormErrors errors = new FormErrors(msg);
    Optional<InviteUserCommand> command = form.command(errors);
    UserFilters none = UserFilters.of(null, null, null, null);
    if (command.isEmpty()) {
      return render(caller, csrfCookie, none, form, errors, "", 400);
    }
    try {
      UserView invited = useCases.inviteUser.invite(caller.actor(), command.get());
      return PageResponses.seeOther("/console/users/" + invited.id() + "?done=invited");
    } catch (ConflictException | RuleViolationException refused) {
      errors.flag("email", ConsoleErrors.describe(refused));
      return render(caller, csrfCookie, none, form, errors, "", 409);
    }
  }

  private Response render(
      PageCaller caller,
      String csrfCookie,
      UserFilters filters,
      InviteForm form,
      FormErrors errors,
      String notice,
      int status) {
    Page<UserView> found = useCases.readUsers.search(caller.actor(), filters.toQuery());
    Instant now = Instant.now();
    TemplateInstance page =
        Pager.data(
            template
                .data("filters", filters)
                .data("rows", found.items().stream().map(u -> UserRow.of(u, now)).toList())
                .data("invite", form)
                .data("notice", notice),
            filters.page(),
            found.total(),
            UserFilters.SIZE,
            filters::pageUrl);
    return view.render(caller, csrfCookie, page, "users", errors, status);
  }
}
