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
    return tenantOf(token)
        .map(tenant -> pages.form(page(tenant, token, "", null), cookie, 200))
        .orElseGet(pages::invalidLink);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(
      @RestForm String token,
      @RestForm("display_name") String displayName,
      @RestForm String password,
      @RestForm("password_again") String passwordAgain,
      @BeanParam PageForm posted) {
    return pages.submitLinkForm(
        posted,
        () -> tenantOf(token),
        tenant -> accept(tenant, token, displayName, password, passwordAgain, posted.csrfCookie()));
  }

  private Response accept(
      String tenant,
      String token,
      String displayName,
      String password,
      String passwordAgain,
      String cookie) {
    FormErrors errors =
        new FormErrors(msg)
            .required("display_name", displayName)
            .required("password", password)
            .required("password_again", passwordAgain)
            .sameAs("password_again", passwordAgain, password);
    if (errors.any()) {
      return pages.form(page(tenant, token, displayName, errors), cookie, 400);
    }
    try {
      useCases.acceptInvitation.accept(
          new AcceptInvitationCommand(token, password, new DisplayName(displayName)));
    } catch (RuleViolationException refusal) {
      return errors
          .explain(refusal, "password")
          .map(e -> pages.form(page(tenant, token, displayName, e), cookie, 400))
          .orElseGet(pages::invalidLink);
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
