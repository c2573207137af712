package io.tenantry.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.client.TenantClient;
import io.tenantry.application.oauth.CodeRequest;
import io.tenantry.application.session.LoginCommand;
import io.tenantry.application.session.PageCaller;
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
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /oauth2/authorize}, the code flow's front door: a browser already signed in to the
 * client's tenant (and not asked to sign in again with {@code prompt=login}) goes straight back
 * with a code; anyone else gets the tenant's sign-in page, whose POST signs in exactly like {@code
 * /sign-in} (with the second step of an MFA account, bound to this client) and then redirects with
 * the code.
 */
@Path("/oauth2/authorize")
@Produces(MediaType.TEXT_HTML)
public class AuthorizePage {
  @Inject UseCases useCases;
  @Inject PageResponses pages;
  @Inject PageMessages msg;
  @Inject PageSessionCookie sessions;
  @Inject SignInBudgets budgets;
  @Inject AuthorizeChecks checks;
  @Inject SignInContexts contexts;
  @Inject SecondFactorView secondFactor;

  @Inject
  @Location("pages/sign-in.html")
  Template signIn;

  @GET
  public Response authorize(@BeanParam AuthorizeQuery params, @BeanParam PageCookies cookies) {
    AuthorizeRequest request = params.request();
    return checks.checked(
        request,
        (client, code) -> {
          Optional<PageCaller> caller =
              request.promptsFor("login")
                  ? Optional.empty()
                  : sessions
                      .caller(cookies.session())
                      .filter(c -> c.actor().tenantId().equals(client.tenant().id()));
          if (caller.isPresent()) {
            return checks.redirectWithCode(caller.get(), code, request.state());
          }
          if (request.promptsFor("none")) {
            return checks.error(request, "login_required", "the user is not signed in");
          }
          return form(request, client, "", null, null, cookies.csrfCookie(), 200);
        });
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(
      @BeanParam AuthorizeForm params,
      @RestForm String email,
      @RestForm String password,
      @BeanParam PageForm posted) {
    if (!pages.genuine(posted)) {
      return pages.formExpired();
    }
    AuthorizeRequest request = params.request();
    return checks.checked(
        request,
        (client, code) -> signIn(request, client, code, email, password, posted.csrfCookie()));
  }

  private Response signIn(
      AuthorizeRequest request,
      TenantClient client,
      CodeRequest code,
      String email,
      String password,
      String csrfCookie) {
    FormErrors errors = new FormErrors(msg).required("email", email).required("password", password);
    if (errors.any()) {
      return form(request, client, email, errors, null, csrfCookie, 400);
    }
    return pages.withinBudget(
        budgets.spend(client.tenant().slug().value(), email),
        () -> {
          LoginCommand login =
              new LoginCommand(
                  Optional.of(client.tenant().slug()), LenientInput.email(email), password);
          return attempt(request, client, code, login, email, csrfCookie);
        });
  }

  /** The sign-in itself, once the budgets allow it. */
  private Response attempt(
      AuthorizeRequest request,
      TenantClient client,
      CodeRequest code,
      LoginCommand login,
      String email,
      String csrfCookie) {
    SignInStep step;
    try {
      step = useCases.hostedSignIn.signIn(login, client.client().id());
    } catch (AuthenticationException refused) {
      return form(request, client, email, null, msg.sign_in_failed(), csrfCookie, 401);
    }
    SignInContext context = SignInContext.of(client, request, code);
    return step.secondFactor()
        .map(challenge -> secondFactor.challenge(challenge, context, csrfCookie))
        .orElseGet(() -> contexts.signedIn(context, step.cookie()));
  }

  /** The client's tenant's sign-in page; its form may redirect to the client afterwards. */
  private Response form(
      AuthorizeRequest request,
      TenantClient client,
      String email,
      FormErrors errors,
      String failed,
      String csrfCookie,
      int status) {
    TemplateInstance page =
        signIn
            .data("tenant", client.tenant().name().value())
            .data("slug", client.tenant().slug().value())
            .data("fixed", true)
            .data("email", email == null ? "" : email)
            .data("failed", failed == null ? "" : failed)
            .data("action", "/oauth2/authorize")
            .data("hidden", request.hiddenFields())
            .data("clientName", client.client().name().value());
    return pages.formRedirectingTo(
        PageResponses.withErrors(page, errors),
        csrfCookie,
        status,
        RedirectUris.origin(request.redirectUri()));
  }
}
