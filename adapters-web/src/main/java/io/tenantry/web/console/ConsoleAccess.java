package io.tenantry.web.console;

import io.tenantry.application.session.PageCaller;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.web.PageCookies;
import io.tenantry.web.PageForm;
import io.tenantry.web.PageResponses;
import io.tenantry.web.PageSessionCookie;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The start every console request shares: for a form the CSRF check first, then the pages session
 * (else the hosted sign-in, which comes back to {@code /console}); a use case's refusal becomes an
 * HTML 403 or 404 page rather than the API's problem+json.
 */
@ApplicationScoped
public class ConsoleAccess {
  /** Where an unauthenticated browser is sent; it returns to the console once signed in. */
  public static final String SIGN_IN = "/sign-in?next=/console";

  @Inject PageResponses pages;
  @Inject PageSessionCookie sessions;
  @Inject ConsoleView view;

  /** Runs {@code then} for the signed-in caller of a console page. */
  public Response page(PageCookies cookies, Function<PageCaller, Response> then) {
    return signedIn(cookies.session(), cookies.csrfCookie(), then);
  }

  /** Runs {@code then} for the signed-in caller of a genuine console form. */
  public Response form(PageForm form, Function<PageCaller, Response> then) {
    if (!pages.genuine(form)) {
      return pages.formExpired();
    }
    return signedIn(form.session(), form.csrfCookie(), then);
  }

  /**
   * Runs a deletion form for its signed-in caller: {@code target} finds what would go first (so an
   * unknown one is a 404, ticked or not); an unticked box gets {@code unticked} (the page again,
   * with a reminder beside the box), a ticked one {@code delete}.
   */
  public <T> Response deletion(
      DeletionForm form,
      Function<PageCaller, T> target,
      BiFunction<PageCaller, T, Response> unticked,
      BiFunction<PageCaller, T, Response> delete) {
    return form(
        form.page,
        caller -> {
          T found = target.apply(caller);
          return form.confirm ? delete.apply(caller, found) : unticked.apply(caller, found);
        });
  }

  /** Back to the hosted sign-in, forgetting a pages session that is no longer good. */
  public Response toSignIn() {
    return PageResponses.seeOther(SIGN_IN, sessions.cleared());
  }

  private Response signedIn(
      String session, String csrfCookie, Function<PageCaller, Response> then) {
    return sessions
        .caller(session)
        .map(caller -> guarded(caller, csrfCookie, then))
        .orElseGet(this::toSignIn);
  }

  private Response guarded(
      PageCaller caller, String csrfCookie, Function<PageCaller, Response> then) {
    try {
      return then.apply(caller);
    } catch (ForbiddenException refused) {
      return view.notice(
          caller,
          csrfCookie,
          "Not allowed",
          "Your roles do not allow this. Ask an owner of the tenant if you need it.",
          403);
    } catch (NotFoundException gone) {
      return view.notice(
          caller, csrfCookie, "Not found", "There is nothing here, or it was deleted.", 404);
    }
  }
}
