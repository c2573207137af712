package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import io.tenantry.application.tenant.TenantView;
import io.tenantry.application.tenant.UpdateTenantCommand;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantStatus;
import io.tenantry.web.AnswersOutagesInHtml;
import io.tenantry.web.PageCookies;
import io.tenantry.web.PageForm;
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
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /console/tenants}, for platform admins (role {@code platform_admin} in tenant {@code
 * system}): every tenant, searchable, with suspend and activate through the admin use cases.
 */
@Path("/console/tenants")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class TenantsPage {
  static final int SIZE = 50;

  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject ConsoleView view;

  @Inject
  @Location("console/tenants.html")
  Template template;

  @GET
  public Response list(
      @RestQuery String q, @RestQuery String page, @BeanParam PageCookies cookies) {
    Optional<String> text = ConsoleInput.text(q, 100);
    int number = ConsoleInput.page(page);
    return access.page(cookies, caller -> render(caller, cookies.csrfCookie(), text, number));
  }

  @POST
  @Path("/{id}/status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response status(@RestPath String id, @RestForm String status, @BeanParam PageForm posted) {
    TenantStatus chosen = "active".equals(status) ? TenantStatus.ACTIVE : TenantStatus.SUSPENDED;
    return access.form(
        posted,
        caller -> {
          TenantId tenant =
              new TenantId(
                  ConsoleInput.uuid(id)
                      .orElseThrow(() -> new NotFoundException("tenant not found")));
          useCases.updateTenant.update(
              caller.actor(),
              tenant,
              new UpdateTenantCommand(
                  Optional.empty(), Optional.empty(), Optional.of(chosen), OptionalLong.empty()));
          return PageResponses.seeOther("/console/tenants");
        });
  }

  private Response render(PageCaller caller, String csrfCookie, Optional<String> text, int number) {
    TenantQuery query =
        new TenantQuery(
            text, Optional.empty(), new PageRequest<>(number, SIZE, TenantQuery.DEFAULT_SORT));
    Page<TenantView> found = useCases.readTenants.list(caller.actor(), query);
    long pages = (found.total() + SIZE - 1) / SIZE;
    TemplateInstance page =
        template
            .data("q", text.orElse(""))
            .data("rows", found.items().stream().map(TenantFacts::of).toList())
            .data("total", found.total())
            .data("hasPrevious", number > 0)
            .data("hasNext", number + 1 < pages)
            .data("previousPage", Math.max(0, number - 1))
            .data("nextPage", number + 1);
    return view.render(caller, csrfCookie, page, "tenants", null, 200);
  }
}
