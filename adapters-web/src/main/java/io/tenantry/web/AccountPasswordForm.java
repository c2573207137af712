package io.tenantry.web;

import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import io.tenantry.domain.shared.RuleViolationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The password form of {@code /account}: the same use case as {@code /auth/password/change}, so a
 * wrong current password counts towards the lockout and every other session ends.
 */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
public class AccountPasswordForm {
  @Inject UseCases useCases;
  @Inject AccountView view;
  @Inject PageMessages msg;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(
      @RestForm("current_password") String current,
      @RestForm("new_password") String chosen,
      @BeanParam PageForm posted) {
    return view.submit(posted, caller -> change(caller, current, chosen, posted.csrfCookie()));
  }

  private Response change(PageCaller caller, String current, String chosen, String csrfCookie) {
    FormErrors errors =
        new FormErrors(msg).required("current_password", current).required("new_password", chosen);
    if (errors.any()) {
      return view.render(caller, csrfCookie, PageState.refused(errors));
    }
    try {
      useCases.changePassword.changePassword(caller.actor(), current, chosen);
    } catch (RuleViolationException refusal) {
      boolean wrongCurrent = "invalid_credentials".equals(refusal.code());
      errors.flag(
          wrongCurrent ? "current_password" : "new_password",
          wrongCurrent ? msg.error_current_password() : msg.error_weak_password());
      return view.render(caller, csrfCookie, PageState.refused(errors));
    }
    return PageResponses.seeOther("/account?done=password");
  }
}
