package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import io.tenantry.web.AnswersOutagesInHtml;
import io.tenantry.web.PageCookies;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /console}: the tenant's overview, with the chart of logins per day over the last 30 days
 * for those who may read the audit trail it comes from.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class ConsoleHome {
  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject ConsoleView view;

  @Inject
  @Location("console/overview.html")
  Template template;

  @GET
  public Response show(@BeanParam PageCookies cookies) {
    return access.page(cookies, caller -> overview(caller, cookies.csrfCookie()));
  }

  private Response overview(PageCaller caller, String csrfCookie) {
    ConsoleNav nav = ConsoleNav.of(caller.actor());
    // A platform admin holds no tenant:read in tenant system: their overview has no facts.
    TenantFacts tenant =
        nav.settings() ? TenantFacts.of(useCases.readTenants.current(caller.actor())) : null;
    TemplateInstance page =
        template
            .data("current", tenant)
            .data("showChart", nav.audit())
            .data(
                "chart",
                nav.audit()
                    ? LoginChart.of(useCases.loginActivity.lastDays(caller.actor()))
                    : null);
    return view.render(caller, csrfCookie, page, "overview", null, 200);
  }
}
