package io.tenantry.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import io.tenantry.application.user.UserView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;

/**
 * The account page as the signed-in user sees it (profile, password, two-step sign-in, sessions),
 * and the start every account form shares: the CSRF check, then the pages session, else back to the
 * sign-in.
 */
@ApplicationScoped
public class AccountView {
  @Inject UseCases useCases;
  @Inject PageResponses pages;
  @Inject PageSessionCookie sessions;

  @Inject
  @Location("pages/account.html")
  Template template;

  /** Runs {@code then} for the signed-in caller of a genuine account form. */
  public Response submit(PageForm form, Function<PageCaller, Response> then) {
    if (!pages.genuine(form)) {
      return pages.formExpired();
    }
    return sessions.caller(form.session()).map(then).orElseGet(this::toSignIn);
  }

  /** Back to the sign-in, forgetting a pages session that is no longer good. */
  public Response toSignIn() {
    return PageResponses.seeOther("/sign-in", sessions.cleared());
  }

  /** The page, with the errors, notice and typed name of {@code state}. */
  public Response render(PageCaller caller, String csrfCookie, PageState state) {
    UserView me = useCases.readUsers.me(caller.actor());
    List<SessionRow> rows =
        useCases.ownSessions.list(caller.actor()).stream().map(SessionRow::of).toList();
    TemplateInstance page =
        template
            .data("tenant", caller.tenantName())
            .data("email", me.email())
            .data("displayName", state.name(me.displayName()))
            .data("sessions", rows)
            .data("mfaEnabled", me.mfaEnabled())
            .data("notice", state.notice());
    return pages.form(PageResponses.withErrors(page, state.errors()), csrfCookie, state.status());
  }
}
