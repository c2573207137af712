package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import io.tenantry.application.webhook.NewWebhookSecret;
import io.tenantry.application.webhook.WebhookCommand;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.web.AnswersOutagesInHtml;
import io.tenantry.web.FormErrors;
import io.tenantry.web.PageCookies;
import io.tenantry.web.PageForm;
import io.tenantry.web.PageMessages;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /console/webhooks} ({@code webhooks:write}): the tenant's webhook endpoints and the form
 * that adds one; its signing secret is shown once, on the answer.
 */
@Path("/console/webhooks")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class WebhooksPage {
  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject ConsoleView view;
  @Inject PageMessages msg;

  @Inject
  @Location("console/webhooks.html")
  Template template;

  @GET
  public Response list(@RestQuery String done, @BeanParam PageCookies cookies) {
    String notice = "deleted".equals(done) ? "The webhook is deleted." : "";
    return access.page(
        cookies,
        caller ->
            render(caller, cookies.csrfCookie(), WebhookForm.empty(), null, notice, null, 200));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @RestForm String url, @RestForm String events, @BeanParam PageForm posted) {
    WebhookForm form = new WebhookForm(url, events);
    return access.form(posted, caller -> create(caller, posted.csrfCookie(), form));
  }

  private Response create(PageCaller caller, String csrfCookie, WebhookForm form) {
    FormErrors errors = new FormErrors(msg);
    Optional<WebhookCommand> command = form.command(errors);
    try {
      if (command.isPresent()) {
        NewWebhookSecret created = useCases.webhooks.create(caller.actor(), command.get());
        String notice = "The webhook to " + created.view().url() + " is added.";
        return render(caller, csrfCookie, WebhookForm.empty(), null, notice, created, 200);
      }
    } catch (ConflictException | RuleViolationException refused) {
      boolean aboutEvents =
          refused instanceof RuleViolationException rule
              && rule.errors().stream().anyMatch(e -> "events".equals(e.field()));
      errors.flag(aboutEvents ? "events" : "url", ConsoleErrors.describe(refused));
    }
    return render(caller, csrfCookie, form, errors, "", null, 400);
  }

  private Response render(
      PageCaller caller,
      String csrfCookie,
      WebhookForm form,
      FormErrors errors,
      String notice,
      NewWebhookSecret created,
      int status) {
    TemplateInstance page =
        template
            .data(
                "rows",
                useCases.webhooks.list(caller.actor()).stream().map(WebhookRow::of).toList())
            .data("form", form)
            .data("notice", notice)
            .data("createdId", created == null ? "" : created.view().id().value().toString())
            .data("secret", created == null ? "" : created.secret().value());
    return view.render(caller, csrfCookie, page, "webhooks", errors, status);
  }
}
