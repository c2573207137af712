package io.tenantry.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.invitation.AcceptInvitationCommand;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.DisplayName;
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
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The page behind the invitation mail: the invitee picks a name and a password. */
@AnswersOutagesInHtml
@Path("/accept-invitation")
@Produces(MediaType.TEXT_HTML)
public class AcceptInvitationPage {
  @Inject UseCases useCases;
  @Inject PageResponses pages;
  @Inject PageMessages msg;

  @Inject
  @Location("pages/accept-invitation.html")
  Template template;

  @GET
  public Response show(@RestQuery String token, @RestCookie(CsrfTokens.COOKIE) String cookie) {
    return pages.linkForm(tenantOf(token), tenant -> page(tenant, token, "", null), cookie, 200);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(
      @RestForm("display_name") String displayName, @BeanParam NewPasswordForm posted) {
    return pages.submitLinkForm(
        posted.page, () -> tenantOf(posted.token), tenant -> accept(tenant, displayName, posted));
  }

  private Response accept(String tenant, String displayName, NewPasswordForm posted) {
    FormErrors errors = posted.errors(new FormErrors(msg).required("display_name", displayName));
    if (errors.any()) {
      return pages.form(page(tenant, posted.token, displayName, errors), posted.csrfCookie(), 400);
    }
    try {
      useCases.acceptInvitation.accept(
          new AcceptInvitationCommand(posted.token, posted.password, new DisplayName(displayName)));
    } catch (RuleViolationException refusal) {
      return pages.linkForm(
          errors.explain(refusal, "password"),
          e -> page(tenant, posted.token, displayName, e),
          posted.csrfCookie(),
          400);
    }
    return pages.notice(tenant, msg.invitation_done_title(), msg.invitation_done_text(tenant), 200);
  }

  private Optional<String> tenantOf(String token) {
    return useCases.readLinkToken.tenantName(token, TokenPurpose.INVITATION);
  }

  private TemplateInstance page(String tenant, String token, String name, FormErrors errors) {
    TemplateInstance page =
        template
            .data("tenant", tenant)
            .data("token", token)
            .data("displayName", name == null ? "" : name);
    return PageResponses.withErrors(page, errors);
  }
}
