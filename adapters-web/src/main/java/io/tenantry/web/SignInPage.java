package io.tenantry.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.session.HostedSignIn;
import io.tenantry.application.session.LoginCommand;
import io.tenantry.application.session.SignInStep;
import io.tenantry.domain.shared.AuthenticationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The hosted sign-in for {@code /account}: tenant slug (fixed and hidden with {@code ?tenant=}),
 * e-mail and password, checked by the very login use case and budgets of the JSON login, then the
 * second step of an account with MFA ({@link SecondFactorPage}). Every refusal reads the same,
 * whatever was wrong.
 */
@Path("/sign-in")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {
  @Inject UseCases useCases;
  @Inject PageResponses pages;
  @Inject PageMessages msg;
  @Inject PageSessionCookie sessions;
  @Inject SignInBudgets budgets;
  @Inject SecondFactorView secondFactor;

  @Inject
  @Location("pages/sign-in.html")
  Template template;

  @GET
  public Response show(
      @RestQuery String tenant,
      @RestQuery(SignInTarget.FIELD) String next,
      @RestCookie(CsrfTokens.COOKIE) String cookie) {
    boolean fixed = tenant != null && !tenant.isBlank();
    return pages.form(page(tenant, fixed, "", null, null, next), cookie, 200);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(
      @RestForm String tenant,
      @RestForm("tenant_fixed") boolean fixed,
      @RestForm String email,
      @RestForm String password,
      @RestForm(SignInTarget.FIELD) String next,
      @BeanParam PageForm posted) {
    if (!pages.genuine(posted)) {
      return pages.formExpired();
    }
    FormErrors errors =
        new FormErrors(msg)
            .required("tenant", tenant)
            .required("email", email)
            .required("password", password);
    if (errors.any()) {
      return pages.form(page(tenant, fixed, email, errors, null, next), posted.csrfCookie(), 400);
    }
    return pages.withinBudget(
        budgets.spend(tenant, email),
        () -> attempt(tenant, fixed, email, password, next, posted.csrfCookie()));
  }

  /** The sign-in itself, once the budgets allow it. */
  private Response attempt(
      String tenant, boolean fixed, String email, String password, String next, String csrfCookie) {
    SignInStep step;
    try {
      step =
          useCases.hostedSignIn.signIn(
              new LoginCommand(LenientInput.slug(tenant), LenientInput.email(email), password),
              HostedSignIn.ACCOUNT_PAGES);
    } catch (AuthenticationException refused) {
      return pages.form(
          page(tenant, fixed, email, null, msg.sign_in_failed(), next), csrfCookie, 401);
    }
    if (step.secondFactor().isEmpty()) {
      return PageResponses.seeOther(SignInTarget.after(next), sessions.issue(step.cookie()));
    }
    String slug = tenant.strip();
    String name = LenientInput.slug(slug).flatMap(useCases.pageSessions::tenantName).orElse("");
    return secondFactor.challenge(
        step.secondFactor().get(), SignInContext.account(slug, name, next), csrfCookie);
  }

  /** The form; a tenant given in the link is not asked for, and shown by name when active. */
  private TemplateInstance page(
      String tenant, boolean fixed, String email, FormErrors errors, String failed, String next) {
    String slug = tenant == null ? "" : tenant.strip();
    String name = LenientInput.slug(slug).flatMap(useCases.pageSessions::tenantName).orElse("");
    TemplateInstance page =
        template
            .data("tenant", name)
            .data("slug", slug)
            .data("fixed", fixed)
            .data("email", email == null ? "" : email)
            .data("failed", failed == null ? "" : failed)
            .data("action", "/sign-in")
            .data("hidden", SignInTarget.hidden(next))
            .data("clientName", "");
    return PageResponses.withErrors(page, errors);
  }
}
