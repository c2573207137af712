package io.tenantry.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.shared.RuleViolationException;
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
import org.jboss.resteasy.reactive.RestQuery;

/** The page behind the password reset mail: a new password, typed twice. */
@AnswersOutagesInHtml
@Path("/reset-password")
@Produces(MediaType.TEXT_HTML)
public class ResetPasswordPage {
  @Inject UseCases useCases;
  @Inject PageResponses pages;
  @Inject PageMessages msg;

  @Inject
  @Location("pages/reset-password.html")
  Template template;

  @GET
  public Response show(@RestQuery String token, @RestCookie(CsrfTokens.COOKIE) String cookie) {
    return pages.linkForm(tenantOf(token), tenant -> page(tenant, token, null), cookie, 200);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(@BeanParam NewPasswordForm posted) {
    return pages.submitLinkForm(
        posted.page, () -> tenantOf(posted.token), tenant -> reset(tenant, posted));
  }

  private Response reset(String tenant, NewPasswordForm posted) {
    FormErrors errors = posted.errors(new FormErrors(msg));
    if (errors.any()) {
      return pages.form(page(tenant, posted.token, errors), posted.csrfCookie(), 400);
    }
    try {
      useCases.resetPassword.resetPassword(posted.token, posted.password);
    } catch (RuleViolationException refusal) {
      return pages.linkForm(
          errors.explain(refusal, "newPassword"),
          e -> page(tenant, posted.token, e),
          posted.csrfCookie(),
          400);
    }
    return pages.notice(tenant, msg.reset_done_title(), msg.reset_done_text(tenant), 200);
  }

  private Optional<String> tenantOf(String token) {
    return useCases.readLinkToken.tenantName(token, TokenPurpose.PASSWORD_RESET);
  }

  private TemplateInstance page(String tenant, String token, FormErrors errors) {
    return PageResponses.withErrors(template.data("tenant", tenant).data("token", token), errors);
  }
}
