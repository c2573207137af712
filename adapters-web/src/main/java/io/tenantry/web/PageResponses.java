package io.tenantry.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders the hosted pages with the headers every one of them carries: a strict CSP (no script,
 * styles only from this origin, never framed), no caching and no referrer, since the pages carry
 * single-use tokens; form pages also get the CSRF cookie and its hidden field.
 */
@ApplicationScoped
public class PageResponses {
  static final String CSP =
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'none'";

  @Inject CsrfTokens csrf;
  @Inject PageMessages msg;

  @Inject
  @Location("pages/notice.html")
  Template notice;

  @ConfigProperty(
      name = "app.public-url",
      defaultValue = "http://localhost:${quarkus.http.port:8080}")
  String publicUrl;

  /** A form page; {@code presentedCookie} is kept when well formed, so open tabs stay valid. */
  public Response form(TemplateInstance page, String presentedCookie, int status) {
    return form(page, presentedCookie, status, CSP);
  }

  /** The same, setting {@code cookies} besides the CSRF cookie. */
  public Response form(
      TemplateInstance page, String presentedCookie, int status, NewCookie... cookies) {
    return form(page, presentedCookie, status, CSP, cookies);
  }

  /**
   * A form whose answer redirects to {@code redirectOrigin} (the sign-in of an authorization
   * request): browsers check a form's redirects against {@code form-action} too.
   */
  public Response formRedirectingTo(
      TemplateInstance page,
      String presentedCookie,
      int status,
      String redirectOrigin,
      NewCookie... cookies) {
    String csp = CSP.replace("form-action 'self'", "form-action 'self' " + redirectOrigin);
    return form(page, presentedCookie, status, csp, cookies);
  }

  /** A page without a form (nothing to protect from forgery), setting {@code cookies}. */
  public Response page(TemplateInstance page, int status, NewCookie... cookies) {
    return respond(page, status).cookie(cookies).build();
  }

  private Response form(
      TemplateInstance page, String presentedCookie, int status, String csp, NewCookie... cookies) {
    String cookie = csrf.cookieValue(presentedCookie);
    page.data("csrf", csrf.fieldFor(cookie));
    boolean secure = publicUrl.startsWith("https:");
    return respond(page, status, csp).cookie(csrf.cookie(cookie, secure)).cookie(cookies).build();
  }

  /** Whether a submitted form carries the CSRF field that goes with its cookie. */
  public boolean csrfHolds(String cookie, String field) {
    return csrf.matches(cookie, field);
  }

  /** Whether a posted page form is genuine: its CSRF field goes with its cookie. */
  public boolean genuine(PageForm form) {
    return csrfHolds(form.csrfCookie(), form.csrf);
  }

  /**
   * The common start of every link form's submission: the CSRF check, then the link's tenant (read
   * only once the form is known to come from our page); {@code then} handles a good one.
   */
  public Response submitLinkForm(
      PageForm form, Supplier<Optional<String>> tenantOfLink, Function<String, Response> then) {
    if (!genuine(form)) {
      return formExpired();
    }
    return tenantOfLink.get().map(then).orElseGet(this::invalidLink);
  }

  /**
   * A form behind a mailed link, for what {@code found} holds (the link's tenant, or the errors a
   * refusal left beside the fields); empty (an unknown link, or a refusal about the link itself),
   * the invalid-link page.
   */
  public <T> Response linkForm(
      Optional<T> found, Function<T, TemplateInstance> page, String presentedCookie, int status) {
    return found
        .map(held -> form(page.apply(held), presentedCookie, status))
        .orElseGet(this::invalidLink);
  }

  /** A page that only tells something (done, or why not), for {@code tenant} if known. */
  public Response notice(String tenant, String title, String text, int status) {
    TemplateInstance page =
        notice.data("tenant", tenant == null ? "" : tenant).data("title", title).data("text", text);
    return respond(page, status).build();
  }

  /** The one answer to a link that is unknown, expired or used: nothing more is revealed. */
  public Response invalidLink() {
    return notice(null, msg.invalid_link_title(), msg.invalid_link_text(), 400);
  }

  /** The answer to a form without its CSRF field or cookie; nothing was changed. */
  public Response formExpired() {
    return notice(null, msg.form_expired_title(), msg.form_expired_text(), 403);
  }

  /** The answer to a sign-in attempt over its budget: {@code 429} with {@code Retry-After}. */
  public Response tooManyAttempts(long retryAfterSeconds) {
    TemplateInstance page =
        notice
            .data("tenant", "")
            .data("title", msg.too_many_title())
            .data("text", msg.too_many_text());
    return respond(page, 429).header("Retry-After", Long.toString(retryAfterSeconds)).build();
  }

  /** {@code then}, unless a sign-in budget is used up ({@code wait} seconds): then the 429 page. */
  public Response withinBudget(OptionalLong wait, Supplier<Response> then) {
    return wait.isPresent() ? tooManyAttempts(wait.getAsLong()) : then.get();
  }

  /** A redirect after a form (303, so the browser follows with a GET), with cookies to set. */
  public static Response seeOther(String path, NewCookie... cookies) {
    return seeOther(URI.create(path), cookies);
  }

  /** The same, to an absolute URI (a client's registered redirect URI). */
  public static Response seeOther(URI target, NewCookie... cookies) {
    return Response.seeOther(target)
        .cookie(cookies)
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }

  /** A template's data for a form, with its errors beside the fields. */
  public static TemplateInstance withErrors(TemplateInstance page, FormErrors errors) {
    Map<String, String> byField = errors == null ? Map.of() : errors.asMap();
    return page.data("errors", byField).data("hasErrors", !byField.isEmpty());
  }

  private static Response.ResponseBuilder respond(TemplateInstance page, int status) {
    return respond(page, status, CSP);
  }

  private static Response.ResponseBuilder respond(TemplateInstance page, int status, String csp) {
    String html = page.setLocale(Locale.ENGLISH).render();
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .header("Content-Security-Policy", csp)
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff");
  }
}
