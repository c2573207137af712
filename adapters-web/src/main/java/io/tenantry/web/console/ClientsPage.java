package io.tenantry.web.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.client.RegisteredClient;
import io.tenantry.application.session.PageCaller;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.client.ClientSettings;
import io.tenantry.domain.client.ClientSort;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.shared.SortOrder;
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
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /console/clients} ({@code clients:write}): the tenant's OAuth clients, the registration
 * form (a confidential client's secret is shown once, on the answer), and deletion once ticked.
 */
@Path("/console/clients")
@Produces(MediaType.TEXT_HTML)
@AnswersOutagesInHtml
public class ClientsPage {
  @Inject UseCases useCases;
  @Inject ConsoleAccess access;
  @Inject ConsoleView view;
  @Inject PageMessages msg;

  @Inject
  @Location("console/clients.html")
  Template template;

  @GET
  public Response list(@RestQuery String done, @BeanParam PageCookies cookies) {
    String notice = "deleted".equals(done) ? "The client is deleted." : "";
    return access.page(
        cookies,
        caller ->
            render(caller, cookies.csrfCookie(), ClientForm.empty(), null, notice, null, 200));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(
      @RestForm String name,
      @RestForm String type,
      @RestForm("redirect_uris") String redirectUris,
      @BeanParam PageForm posted) {
    ClientForm form = new ClientForm(name, type, redirectUris);
    return access.form(posted, caller -> register(caller, posted.csrfCookie(), form));
  }

  @POST
  @Path("/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response delete(@RestPath String id, @BeanParam DeletionForm posted) {
    return access.deletion(
        posted,
        caller -> ClientId.parse(id).orElseThrow(() -> new NotFoundException("client not found")),
        (caller, client) -> {
          FormErrors errors =
              new FormErrors(msg).flag("change", "Tick the box beside Delete to confirm.");
          return render(caller, posted.csrfCookie(), ClientForm.empty(), errors, "", null, 400);
        },
        (caller, client) -> {
          useCases.deleteClient.delete(caller.actor(), client);
          return PageResponses.seeOther("/console/clients?done=deleted");
        });
  }

  private Response register(PageCaller caller, String csrfCookie, ClientForm form) {
    FormErrors errors = new FormErrors(msg);
    Optional<ClientSettings> settings = form.settings(errors);
    try {
      if (settings.isPresent()) {
        RegisteredClient created =
            useCases.registerClient.register(caller.actor(), form.clientType(), settings.get());
        String notice = "The client " + created.client().name().value() + " is registered.";
        return render(caller, csrfCookie, ClientForm.empty(), null, notice, created, 200);
      }
    } catch (ConflictException | RuleViolationException refused) {
      errors.flag("redirect_uris", ConsoleErrors.describe(refused));
    }
    return render(caller, csrfCookie, form, errors, "", null, 400);
  }

  private Response render(
      PageCaller caller,
      String csrfCookie,
      ClientForm form,
      FormErrors errors,
      String notice,
      RegisteredClient created,
      int status) {
    var clients =
        useCases.readClients.list(
            caller.actor(), new PageRequest<>(0, 100, SortOrder.desc(ClientSort.CREATED_AT)));
    TemplateInstance page =
        template
            .data("rows", clients.items().stream().map(ClientRow::of).toList())
            .data("total", clients.total())
            .data("form", form)
            .data("notice", notice)
            .data("createdId", created == null ? "" : created.client().id().value())
            .data("secret", created == null ? "" : created.secret().orElse(""));
    return view.render(caller, csrfCookie, page, "clients", errors, status);
  }
}
