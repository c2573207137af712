package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import io.tenantry.application.tenant.TenantView;
import io.tenantry.application.tenant.UpdateTenantCommand;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.web.AnswersOutagesInHtml;
import io.tenantry.web.FormErrors;
import io.tenantry.web.PageCookies;
import io.tenantry.web.PageForm;
import io.tenantry.web.PageMessages;
import io.tenantry.web.PageResponses;
import io.tenantry.web.PageState;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /console/settings}: the tenant's name, self-registration and MFA requirement, read with
 * {@code tenant:read} and saved through the same use case as {@code PATCH /tenants/current}.
 */
@Path("/console/settings")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class SettingsPage {
  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject ConsoleView view;
  @Inject PageMessages msg;

  @Inject
  @Location("console/settings.html")
  Template template;

  @GET
  public Response show(@RestQuery String done, @BeanParam PageCookies cookies) {
    String notice = "saved".equals(done) ? "The settings are saved." : "";
    return access.page(
        cookies, caller -> render(caller, cookies.csrfCookie(), PageState.shown(notice)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @RestForm String name,
      @RestForm("self_registration") boolean selfRegistration,
      @RestForm("mfa_required") boolean mfaRequired,
      @BeanParam PageForm posted) {
    return access.form(
        posted, caller -> save(caller, posted.csrfCookie(), name, selfRegistration, mfaRequired));
  }

  private Response save(
      PageCaller caller, String csrfCookie, String typed, boolean open, boolean mfa) {
    FormErrors errors = new FormErrors(msg).required("name", typed);
    try {
      if (!errors.any()) {
        TenantName name = new TenantName(typed);
        useCases.updateOwnTenant.update(
            caller.actor(),
            new UpdateTenantCommand(
                Optional.of(name),
                Optional.of(open),
                Optional.empty(),
                OptionalLong.empty(),
                Optional.of(mfa)));
        return PageResponses.seeOther("/console/settings?done=saved");
      }
    } catch (ConflictException | RuleViolationException refused) {
      errors.flag(fieldOf(refused), ConsoleErrors.describe(refused));
    }
    return render(caller, csrfCookie, PageState.refused(errors, typed));
  }

  private static String fieldOf(DomainException refused) {
    if (refused instanceof RuleViolationException rule
        && rule.errors().stream().anyMatch(e -> "name".equals(e.field()))) {
      return "name";
    }
    return "change";
  }

  private Response render(PageCaller caller, String csrfCookie, PageState state) {
    TenantView tenant = useCases.readTenants.current(caller.actor());
    TemplateInstance page =
        template
            .data("current", TenantFacts.of(tenant))
            .data("name", state.name(tenant.name()))
            .data("notice", state.notice());
    return view.render(caller, csrfCookie, page, "settings", state.errors(), state.status());
  }
}
