package io.tenantry.web;

import io.tenantry.application.UseCases;
import io.tenantry.application.mfa.EnrolledSession;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.RuleViolationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The second step of the hosted sign-in, for the code flow and {@code /account} alike: a TOTP or
 * recovery code (a wrong one counts toward the lockout, as in the API), or the enrolment a tenant's
 * policy requires. Success continues as a password-only sign-in does: with a code to the client, or
 * to {@code /account} (or the console, when it asked for the sign-in).
 */
@Path("/sign-in/mfa")
@Produces(MediaType.TEXT_HTML)
public class SecondFactorPage {
  @Inject UseCases useCases;
  @Inject PageResponses pages;
  @Inject PageMessages msg;
  @Inject PageSessionCookie sessions;
  @Inject SignInBudgets budgets;
  @Inject SignInContexts contexts;
  @Inject SecondFactorView view;

  /** {@code use} (a button) switches between the app's code and a recovery code. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response verify(@BeanParam SecondStepForm form, @RestForm String use) {
    String csrfCookie = form.page.csrfCookie();
    return submitted(
        form,
        context -> {
          if (use != null) {
            return view.code(context, "recovery".equals(use), null, csrfCookie, 200);
          }
          return verify(context, form.code, form.mfaToken, csrfCookie);
        });
  }

  @POST
  @Path("/enrol")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response enrol(
      @BeanParam SecondStepForm form, @RestForm String secret, @RestForm String otpauth) {
    String csrfCookie = form.page.csrfCookie();
    String code = form.code;
    return submitted(
        form,
        context -> {
          if (!SecondFactorView.redrawable(secret, otpauth)) {
            return contexts.restart(context, view.clearedToken());
          }
          FormErrors errors = new FormErrors(msg).required("code", code);
          if (errors.any()) {
            return view.enrolment(context, secret, otpauth, errors, csrfCookie, 400);
          }
          try {
            EnrolledSession<String> done =
                useCases.hostedSignIn.confirmEnrolment(form.mfaToken, context.client(), code);
            return view.recoveryCodes(
                context.tenantName(),
                done.recoveryCodes(),
                context.continueUrl(),
                sessions.issue(done.session()),
                view.clearedToken());
          } catch (RuleViolationException wrong) {
            errors.flag("code", msg.error_mfa_code());
            return view.enrolment(context, secret, otpauth, errors, csrfCookie, 400);
          } catch (AuthenticationException | ConflictException expired) {
            return contexts.restart(context, view.clearedToken());
          }
        });
  }

  private Response verify(SignInContext context, String code, String mfaToken, String csrf) {
    FormErrors errors = new FormErrors(msg).required("code", code);
    if (errors.any()) {
      return view.code(context, false, errors, csrf, 400);
    }
    return pages.withinBudget(
        budgets.spendClient(), () -> check(context, code, mfaToken, csrf, errors));
  }

  /** The code's check, once the client's budget allows it. */
  private Response check(
      SignInContext context, String code, String mfaToken, String csrf, FormErrors errors) {
    try {
      String session = useCases.hostedSignIn.verify(mfaToken, context.client(), code);
      return contexts.signedIn(context, session, view.clearedToken());
    } catch (AuthenticationException refused) {
      if (!"invalid_mfa_code".equals(refused.code())) {
        return contexts.restart(context, view.clearedToken());
      }
      // A recovery code is longer than six characters: show its form again.
      boolean recovery = code.strip().length() > 6;
      errors.flag("code", msg.error_mfa_code());
      return view.code(context, recovery, errors, csrf, 401);
    }
  }

  /** The CSRF check, then the sign-in the form continues (an authorization request or not). */
  private Response submitted(SecondStepForm form, Function<SignInContext, Response> then) {
    if (!pages.genuine(form.page)) {
      return pages.formExpired();
    }
    return contexts.resolve(form.authorize.request(), form.tenant, form.next, then);
  }
}
