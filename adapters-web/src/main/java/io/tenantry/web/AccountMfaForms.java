package io.tenantry.web;

import io.tenantry.application.UseCases;
import io.tenantry.application.mfa.TotpSetup;
import io.tenantry.application.session.PageCaller;
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
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The two-step sign-in forms of {@code /account}, on the use case behind {@code
 * /api/v1/users/me/mfa}: set up TOTP (QR code and key, confirmed by a code, recovery codes shown
 * once), replace the recovery codes with a current code, turn MFA off with the password (which
 * counts toward the lockout).
 */
@Path("/account/mfa")
@Produces(MediaType.TEXT_HTML)
public class AccountMfaForms {
  @Inject UseCases useCases;
  @Inject AccountView account;
  @Inject PageResponses pages;
  @Inject PageMessages msg;
  @Inject SecondFactorView secondFactor;

  @POST
  @Path("/start")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response start(@BeanParam PageForm posted) {
    return account.submit(
        posted,
        caller -> {
          try {
            TotpSetup setup = useCases.ownMfa.startTotp(caller.actor());
            return setupPage(
                caller, setup.secret(), setup.otpauthUri(), null, posted.csrfCookie(), 200);
          } catch (ConflictException alreadyOn) {
            return PageResponses.seeOther("/account");
          }
        });
  }

  @POST
  @Path("/confirm")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response confirm(
      @RestForm String code,
      @RestForm String secret,
      @RestForm String otpauth,
      @BeanParam PageForm posted) {
    return account.submit(
        posted,
        caller -> {
          if (!SecondFactorView.redrawable(secret, otpauth)) {
            return PageResponses.seeOther("/account");
          }
          FormErrors errors = new FormErrors(msg).required("code", code);
          try {
            if (!errors.any()) {
              List<String> codes = useCases.ownMfa.confirm(caller.actor(), code);
              return codesPage(caller, codes, "mfa-on");
            }
          } catch (RuleViolationException wrong) {
            errors.flag("code", msg.error_mfa_code());
          } catch (ConflictException notPending) {
            return PageResponses.seeOther("/account");
          }
          return setupPage(caller, secret, otpauth, errors, posted.csrfCookie(), 400);
        });
  }

  @POST
  @Path("/recovery-codes")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response regenerate(@RestForm("mfa_code") String code, @BeanParam PageForm posted) {
    return account.submit(
        posted,
        caller -> {
          FormErrors errors = new FormErrors(msg).required("mfa_code", code);
          try {
            if (!errors.any()) {
              List<String> codes = useCases.ownMfa.regenerateRecoveryCodes(caller.actor(), code);
              return codesPage(caller, codes, "codes");
            }
          } catch (RuleViolationException wrong) {
            errors.flag("mfa_code", msg.error_mfa_code());
          } catch (ConflictException notOn) {
            return PageResponses.seeOther("/account");
          }
          return account.render(caller, posted.csrfCookie(), PageState.refused(errors));
        });
  }

  @POST
  @Path("/disable")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response disable(@RestForm("mfa_password") String password, @BeanParam PageForm posted) {
    return account.submit(
        posted,
        caller -> {
          FormErrors errors = new FormErrors(msg).required("mfa_password", password);
          try {
            if (!errors.any()) {
              useCases.ownMfa.disable(caller.actor(), password);
              return PageResponses.seeOther("/account?done=mfa-off");
            }
          } catch (RuleViolationException wrong) {
            errors.flag("mfa_password", msg.error_current_password());
          }
          return account.render(caller, posted.csrfCookie(), PageState.refused(errors));
        });
  }

  private Response setupPage(
      PageCaller caller,
      String secret,
      String otpauth,
      FormErrors errors,
      String csrfCookie,
      int status) {
    var page =
        secondFactor
            .setup(secret, otpauth, false, "/account/mfa/confirm")
            .data("tenant", caller.tenantName())
            .data("clientName", "")
            .data("hidden", Map.of());
    return pages.form(PageResponses.withErrors(page, errors), csrfCookie, status);
  }

  private Response codesPage(PageCaller caller, List<String> codes, String done) {
    return secondFactor.recoveryCodes(caller.tenantName(), codes, "/account?done=" + done);
  }
}
