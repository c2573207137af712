package io.tenantry.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The page behind the verification mail. Opening the link only shows a button: mail scanners
 * prefetch links, so the address is verified by the POST a person sends, never by the GET.
 */
@AnswersOutagesInHtml
@Path("/verify-email")
@Produces(MediaType.TEXT_HTML)
public class VerifyEmailPage {
  @Inject UseCases useCases;
  @Inject PageResponses pages;
  @Inject PageMessages msg;

  @Inject
  @Location("pages/verify-email.html")
  Template template;

  @GET
  public Response show(@RestQuery String token, @RestCookie(CsrfTokens.COOKIE) String cookie) {
    return pages.linkForm(
        tenantOf(token),
        tenant ->
            PageResponses.withErrors(template.data("tenant", tenant).data("token", token), null),
        cookie,
        200);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(@RestForm String token, @BeanParam PageForm posted) {
    return pages.submitLinkForm(posted, () -> tenantOf(token), tenant -> verify(tenant, token));
  }

  private Response verify(String tenant, String token) {
    try {
      useCases.verifyEmail.verifyEmail(token);
    } catch (RuleViolationException refusal) {
      return pages.invalidLink();
    }
    return pages.notice(tenant, msg.verify_done_title(), msg.verify_done_text(tenant), 200);
  }

  private Optional<String> tenantOf(String token) {
    return useCases.readLinkToken.tenantName(token, TokenPurpose.EMAIL_VERIFICATION);
  }
}
