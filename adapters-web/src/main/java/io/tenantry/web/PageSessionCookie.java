package io.tenantry.web;

import io.quarkus.runtime.LaunchMode;
import io.tenantry.application.UseCases;
import io.tenantry.application.session.PageCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;

/**
 * The cookie of a signed-in browser on the hosted pages: an opaque value whose hash the server
 * keeps, HttpOnly, SameSite=Lax (so a sign-in link from an app's site still finds it), Secure
 * outside dev and test. Only the pages read it; {@code /api/v1} knows nothing of it.
 */
@ApplicationScoped
public class PageSessionCookie {
  public static final String COOKIE = "tenantry_session";

  @Inject UseCases useCases;

  private final boolean secure = !LaunchMode.current().isDevOrTest();

  /** The signed-in caller of a presented cookie, if it is still good. */
  public Optional<PageCaller> caller(String presented) {
    if (presented == null || presented.isEmpty()) {
      return Optional.empty();
    }
    return useCases.pageSessions.resume(presented);
  }

  /** The cookie that carries a new pages session. */
  public NewCookie issue(String value) {
    return builder(value).build();
  }

  /** The cookie that makes the browser forget its pages session. */
  public NewCookie cleared() {
    return builder("").maxAge(0).build();
  }

  private NewCookie.Builder builder(String value) {
    return new NewCookie.Builder(COOKIE)
        .value(value)
        .path("/")
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX);
  }
}
