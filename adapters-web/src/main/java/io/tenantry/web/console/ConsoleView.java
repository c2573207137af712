package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.session.PageCaller;
import io.tenantry.web.FormErrors;
import io.tenantry.web.PageResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * Renders a console page inside the console layout: the tenant's name, the navigation the caller's
 * permissions open, the sign-out form, and the hosted pages' headers (CSP, no-store, CSRF cookie).
 */
@ApplicationScoped
public class ConsoleView {
  @Inject PageResponses pages;

  @Inject
  @Location("console/notice.html")
  Template notice;

  /** {@code section} marks the current navigation entry; {@code errors} go beside their fields. */
  public Response render(
      PageCaller caller,
      String csrfCookie,
      TemplateInstance page,
      String section,
      FormErrors errors,
      int status) {
    page.data("tenant", caller.tenantName())
        .data("me", caller.actor().email().value())
        .data("nav", ConsoleNav.of(caller.actor()))
        .data("section", section);
    return pages.form(PageResponses.withErrors(page, errors), csrfCookie, status);
  }

  /** A page that only tells something: done, refused, not found. */
  public Response notice(
      PageCaller caller, String csrfCookie, String title, String text, int status) {
    TemplateInstance page = notice.data("title", title).data("text", text);
    return render(caller, csrfCookie, page, "", null, status);
  }
}
