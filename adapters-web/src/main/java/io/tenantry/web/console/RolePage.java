package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.role.RoleView;
import io.tenantry.application.session.PageCaller;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.RuleViolationException;
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
import java.util.OptionalLong;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * {@code /console/roles/{name}}: one of the tenant's own roles, its description and permissions
 * changed, or deleted once the owner ticks that they mean it (a role still held cannot be).
 */
@Path("/console/roles/{name}")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class RolePage {
  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject ConsoleView view;
  @Inject PageMessages msg;

  @Inject
  @Location("console/role.html")
  Template template;

  @GET
  public Response show(@RestPath String name, @BeanParam PageCookies cookies) {
    return access.page(
        cookies,
        caller -> {
          RoleView role = useCases.readRoles.get(caller.actor(), roleNamed(name));
          return render(caller, cookies.csrfCookie(), RoleForm.of(role), role.builtIn(), null, 200);
        });
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @RestPath String name,
      @RestForm String description,
      @RestForm("permissions") List<String> permissions,
      @BeanParam PageForm posted) {
    RoleForm form = new RoleForm(name, description, permissions);
    return access.form(
        posted,
        caller -> {
          FormErrors errors = new FormErrors(msg);
          Optional<Set<Permission>> chosen = form.chosen(errors);
          try {
            if (chosen.isPresent()) {
              useCases.updateRole.update(
                  caller.actor(),
                  roleNamed(name),
                  Optional.of(form.description()),
                  chosen,
                  OptionalLong.empty());
              return PageResponses.seeOther("/console/roles?done=saved");
            }
          } catch (ConflictException | RuleViolationException refused) {
            errors.flag("permissions", ConsoleErrors.describe(refused));
          }
          return render(caller, posted.csrfCookie(), form, false, errors, 400);
        });
  }

  @POST
  @Path("/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response delete(@RestPath String name, @BeanParam DeletionForm posted) {
    return access.deletion(
        posted,
        caller -> RoleForm.of(useCases.readRoles.get(caller.actor(), roleNamed(name))),
        (caller, form) -> {
          FormErrors errors =
              new FormErrors(msg).flag("confirm", "Tick the box to confirm the deletion.");
          return render(caller, posted.csrfCookie(), form, false, errors, 400);
        },
        (caller, form) -> deleteRole(caller, posted.csrfCookie(), roleNamed(name), form));
  }

  /** Deletes a role no one holds; a role still held stays, and the page says why (409). */
  private Response deleteRole(PageCaller caller, String csrfCookie, Role role, RoleForm form) {
    try {
      useCases.deleteRole.delete(caller.actor(), role);
      return PageResponses.seeOther("/console/roles?done=deleted");
    } catch (ForbiddenException | NotFoundException refusal) {
      throw refusal;
    } catch (DomainException refused) {
      FormErrors errors = new FormErrors(msg).flag("confirm", ConsoleErrors.describe(refused));
      return render(caller, csrfCookie, form, false, errors, 409);
    }
  }

  private Response render(
      PageCaller caller,
      String csrfCookie,
      RoleForm form,
      boolean builtIn,
      FormErrors errors,
      int status) {
    TemplateInstance page = template.data("form", form).data("builtIn", builtIn);
    return view.render(caller, csrfCookie, page, "roles", errors, status);
  }

  /** A path that is no role name names no role. */
  private static Role roleNamed(String name) {
    try {
      return new Role(name);
    } catch (DomainException notAName) {
      throw new NotFoundException("role not found");
    }
  }
}
