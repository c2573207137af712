package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.webhook.WebhookId;
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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /console/webhooks/{id}}: one endpoint and its deliveries (state, attempts, last answer),
 * with redeliver, a test event, and deletion once ticked; all through the webhooks use case.
 */
@Path("/console/webhooks/{id}")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class WebhookPage {
  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject ConsoleView view;
  @Inject PageMessages msg;

  @Inject
  @Location("console/webhook.html")
  Template template;

  @GET
  public Response show(
      @RestPath String id, @RestQuery String done, @BeanParam PageCookies cookies) {
    return access.page(
        cookies, caller -> render(caller, cookies.csrfCookie(), hook(id), notice(done), null));
  }

  @POST
  @Path("/test")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response test(@RestPath String id, @BeanParam PageForm posted) {
    return access.form(
        posted,
        caller -> {
          useCases.webhooks.sendTest(caller.actor(), hook(id));
          return PageResponses.seeOther("/console/webhooks/" + id + "?done=test");
        });
  }

  @POST
  @Path("/redeliver")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response redeliver(
      @RestPath String id, @RestForm String delivery, @BeanParam PageForm posted) {
    return access.form(
        posted,
        caller -> {
          UUID attempt =
              ConsoleInput.uuid(delivery)
                  .orElseThrow(() -> new NotFoundException("delivery not found"));
          useCases.webhooks.redeliver(caller.actor(), hook(id), attempt);
          return PageResponses.seeOther("/console/webhooks/" + id + "?done=redeliver");
        });
  }

  @POST
  @Path("/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response delete(@RestPath String id, @BeanParam DeletionForm posted) {
    return access.deletion(
        posted,
        caller -> hook(id),
        (caller, hook) -> {
          FormErrors errors =
              new FormErrors(msg).flag("confirm", "Tick the box to confirm the deletion.");
          return render(caller, posted.csrfCookie(), hook, "", errors);
        },
        (caller, hook) -> {
          useCases.webhooks.delete(caller.actor(), hook);
          return PageResponses.seeOther("/console/webhooks?done=deleted");
        });
  }

  private Response render(
      PageCaller caller, String csrfCookie, WebhookId hook, String notice, FormErrors errors) {
    TemplateInstance page =
        template
            .data("hook", WebhookRow.of(useCases.webhooks.get(caller.actor(), hook)))
            .data(
                "deliveries",
                useCases.webhooks.deliveries(caller.actor(), hook).stream()
                    .map(DeliveryRow::of)
                    .toList())
            .data("notice", notice);
    return view.render(caller, csrfCookie, page, "webhooks", errors, errors == null ? 200 : 400);
  }

  private static WebhookId hook(String id) {
    return new WebhookId(
        ConsoleInput.uuid(id).orElseThrow(() -> new NotFoundException("webhook not found")));
  }

  private static String notice(String done) {
    if ("test".equals(done)) {
      return "A test event is on its way; it shows below as type webhook.test.";
    }
    return "redeliver".equals(done) ? "The delivery is queued again." : "";
  }
}
