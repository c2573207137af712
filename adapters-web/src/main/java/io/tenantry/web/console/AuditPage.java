package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditQuery;
import io.tenantry.domain.shared.Page;
import io.tenantry.web.AnswersOutagesInHtml;
import io.tenantry.web.FormErrors;
import io.tenantry.web.PageCookies;
import io.tenantry.web.PageMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /console/audit}: the tenant's audit trail as a timeline, newest first, filtered by type,
 * actor and days, each entry's details at hand, and the chain's verification as a badge.
 */
@Path("/console/audit")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class AuditPage {
  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject ConsoleView view;
  @Inject PageMessages msg;

  @Inject
  @Location("console/audit.html")
  Template template;

  @GET
  public Response timeline(
      @RestQuery String type,
      @RestQuery String actor,
      @RestQuery String from,
      @RestQuery String to,
      @RestQuery String page,
      @BeanParam PageCookies cookies) {
    AuditFilters filters = AuditFilters.of(type, actor, from, to, page);
    return access.page(cookies, caller -> render(caller, cookies.csrfCookie(), filters));
  }

  private Response render(PageCaller caller, String csrfCookie, AuditFilters filters) {
    FormErrors errors = new FormErrors(msg);
    Optional<AuditQuery> query = filters.toQuery(errors);
    // The verification first: it is also the check that the caller may read the trail at all.
    ChainBadge badge = ChainBadge.of(useCases.auditTrail.verify(caller.actor()));
    Page<AuditEvent> found =
        query
            .map(q -> useCases.auditTrail.search(caller.actor(), q))
            .orElseGet(() -> new Page<>(List.of(), 0, AuditFilters.SIZE, 0));
    TemplateInstance timelinePage =
        Pager.data(
            template
                .data("filters", filters)
                .data("badge", badge)
                .data("rows", found.items().stream().map(AuditRow::of).toList()),
            filters.page(),
            found.total(),
            AuditFilters.SIZE,
            filters::pageUrl);
    return view.render(caller, csrfCookie, timelinePage, "audit", errors, errors.any() ? 400 : 200);
  }
}
