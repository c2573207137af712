package io.tenantry.web;

import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import io.tenantry.domain.shared.DomainException;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /account}: the signed-in user's own page, and the profile form on it. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
public class AccountPage {
  @Inject UseCases useCases;
  @Inject AccountView view;
  @Inject PageSessionCookie sessions;
  @Inject PageMessages msg;

  /** {@code done} names the form just saved (after its redirect), never anything secret. */
  @GET
  public Response show(@RestQuery String done, @BeanParam PageCookies cookies) {
    return sessions
        .caller(cookies.session())
        .map(caller -> view.render(caller, cookies.csrfCookie(), PageState.shown(notice(done))))
        .orElseGet(view::toSignIn);
  }

  @POST
  @Path("/profile")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response rename(@RestForm("display_name") String displayName, @BeanParam PageForm posted) {
    return view.submit(posted, caller -> rename(caller, displayName, posted.csrfCookie()));
  }

  private Response rename(PageCaller caller, String typed, String csrfCookie) {
    FormErrors errors = new FormErrors(msg).required("display_name", typed);
    DisplayName name = null;
    if (!errors.any()) {
      try {
        name = new DisplayName(typed);
      } catch (DomainException invalid) {
        errors.flag("display_name", msg.error_display_name());
      }
    }
    if (errors.any()) {
      return view.render(caller, csrfCookie, PageState.refused(errors, typed));
    }
    useCases.updateOwnProfile.rename(caller.actor(), name);
    return PageResponses.seeOther("/account?done=profile");
  }

  private String notice(String done) {
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "profile" -> msg.account_profile_saved();
      case "password" -> msg.account_password_saved();
      case "session" -> msg.account_session_ended();
      case "mfa-on" -> msg.account_mfa_turned_on();
      case "mfa-off" -> msg.account_mfa_turned_off();
      case "codes" -> msg.account_mfa_codes_replaced();
      default -> null;
    };
  }
}
