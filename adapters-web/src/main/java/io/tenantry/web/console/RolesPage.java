package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.role.RoleView;
import io.tenantry.application.session.PageCaller;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.Role;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /console/roles}, for owners ({@code roles:manage}): the built-in and the tenant's own
 * roles with what they grant, and the form that defines a new one from permission checkboxes.
 */
@Path("/console/roles")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class RolesPage {
  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject ConsoleView view;
  @Inject PageMessages msg;

  @Inject
  @Location("console/roles.html")
  Template template;

  @GET
  public Response list(@RestQuery String done, @BeanParam PageCookies cookies) {
    String notice = RoleNotices.of(done);
    return access.page(
        cookies,
        caller -> render(caller, cookies.csrfCookie(), RoleForm.empty(), null, notice, 200));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @RestForm String name,
      @RestForm String description,
      @RestForm("permissions") List<String> permissions,
      @BeanParam PageForm posted) {
    RoleForm form = new RoleForm(name, description, permissions);
    return access.form(posted, caller -> create(caller, posted.csrfCookie(), form));
  }

  private Response create(PageCaller caller, String csrfCookie, RoleForm form) {
    FormErrors errors = new FormErrors(msg).required("name", form.name());
    Optional<Set<Permission>> chosen = form.chosen(errors);
    if (errors.any()) {
      return render(caller, csrfCookie, form, errors, "", 400);
    }
    try {
      Role role = new Role(form.name());
      useCases.createRole.create(caller.actor(), role, form.description(), chosen.get());
      return PageResponses.seeOther("/console/roles?done=created");
    } catch (ForbiddenException | NotFoundException refusal) {
      throw refusal;
    } catch (DomainException refused) {
      String field = "unknown_permission".equals(refused.code()) ? "permissions" : "name";
      errors.flag(field, ConsoleErrors.describe(refused));
      return render(caller, csrfCookie, form, errors, "", 400);
    }
  }

  private Response render(
      PageCaller caller,
      String csrfCookie,
      RoleForm form,
      FormErrors errors,
      String notice,
      int status) {
    List<RoleView> roles = useCases.readRoles.list(caller.actor());
    TemplateInstance page =
        template
            .data("roles", roles.stream().map(RoleRow::of).toList())
            .data("form", form)
            .data("notice", notice);
    return view.render(caller, csrfCookie, page, "roles", errors, status);
  }
}
