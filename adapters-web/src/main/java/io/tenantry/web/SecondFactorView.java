package io.tenantry.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.LaunchMode;
import io.tenantry.application.UseCases;
import io.tenantry.application.mfa.MfaChallenge;
import io.tenantry.application.mfa.TotpSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The pages of a hosted sign-in's second step: the code form (with its recovery-code variant), the
 * enrolment a tenant's policy requires, and the recovery codes shown once. Between the password and
 * the code the browser holds only the {@code mfa_token} (never the password), in an HttpOnly,
 * SameSite=Strict cookie scoped to {@code /sign-in/mfa} that lives as long as the token.
 */
@ApplicationScoped
public class SecondFactorView {
  public static final String COOKIE = "tenantry_mfa";
  private static final String COOKIE_PATH = "/sign-in/mfa";
  private static final int LIFETIME_SECONDS = 300;

  @Inject UseCases useCases;
  @Inject PageResponses pages;
  @Inject PageMessages msg;

  @Inject
  @Location("pages/sign-in-code.html")
  Template codeForm;

  @Inject
  @Location("pages/mfa-setup.html")
  Template setupForm;

  @Inject
  @Location("pages/recovery-codes.html")
  Template codesPage;

  private final boolean secure = !LaunchMode.current().isDevOrTest();

  /** The answer to a right password that needs a second step: its form, holding the token. */
  public Response challenge(MfaChallenge challenge, SignInContext context, String csrfCookie) {
    NewCookie token = tokenCookie(challenge.mfaToken());
    if (challenge.kind() == MfaChallenge.Kind.VERIFY) {
      return code(context, false, null, csrfCookie, 200, token);
    }
    TotpSetup setup = useCases.hostedSignIn.startEnrolment(challenge.mfaToken(), context.client());
    return enrolment(context, setup.secret(), setup.otpauthUri(), null, csrfCookie, 200, token);
  }

  /** The code form; {@code recovery} asks for a recovery code instead of the app's code. */
  public Response code(
      SignInContext context,
      boolean recovery,
      FormErrors errors,
      String csrfCookie,
      int status,
      NewCookie... cookies) {
    TemplateInstance page =
        withContext(codeForm.data("recovery", recovery).data("action", COOKIE_PATH), context);
    return respond(context, PageResponses.withErrors(page, errors), csrfCookie, status, cookies);
  }

  /** The enrolment form of a tenant that requires MFA: QR code, key and the confirming code. */
  public Response enrolment(
      SignInContext context,
      String secret,
      String otpauthUri,
      FormErrors errors,
      String csrfCookie,
      int status,
      NewCookie... cookies) {
    TemplateInstance page =
        withContext(setup(secret, otpauthUri, true, COOKIE_PATH + "/enrol"), context);
    return respond(context, PageResponses.withErrors(page, errors), csrfCookie, status, cookies);
  }

  /** The recovery codes, shown this once, and the way on. */
  public Response recoveryCodes(
      String tenantName, List<String> codes, String continueUrl, NewCookie... cookies) {
    TemplateInstance page =
        codesPage.data("tenant", tenantName).data("codes", codes).data("continueUrl", continueUrl);
    return pages.page(page, 200, cookies);
  }

  /**
   * Whether a set-up form's hidden key and URI can be shown again (after a wrong code): the page
   * only redraws what it was sent, and the server checks the code against its own pending secret.
   */
  static boolean redrawable(String secret, String otpauthUri) {
    return secret != null
        && otpauthUri != null
        && otpauthUri.startsWith("otpauth://totp/")
        && otpauthUri.length() <= 1024;
  }

  /** The cookie that holds the {@code mfa_token} for the second step's forms. */
  public NewCookie tokenCookie(String mfaToken) {
    return builder(mfaToken).maxAge(LIFETIME_SECONDS).build();
  }

  /** The cookie that makes the browser forget a spent or refused {@code mfa_token}. */
  public NewCookie clearedToken() {
    return builder("").maxAge(0).build();
  }

  /**
   * The set-up form (a tenant's required enrolment, or {@code /account}'s), posting to {@code
   * action}: the QR code as inline SVG (no script, no image request) and the key as text.
   */
  public TemplateInstance setup(String secret, String otpauthUri, boolean required, String action) {
    return setupForm
        .data("secret", secret)
        .data("otpauth", otpauthUri)
        .data("qr", QrCodeSvg.render(otpauthUri, msg.mfa_qr_label()))
        .data("required", required)
        .data("action", action);
  }

  private static TemplateInstance withContext(TemplateInstance page, SignInContext context) {
    return page.data("tenant", context.tenantName())
        .data("clientName", context.clientName())
        .data("hidden", context.hidden());
  }

  private Response respond(
      SignInContext context,
      TemplateInstance page,
      String csrfCookie,
      int status,
      NewCookie... cookies) {
    return context.redirectsToClient()
        ? pages.formRedirectingTo(page, csrfCookie, status, context.redirectOrigin(), cookies)
        : pages.form(page, csrfCookie, status, cookies);
  }

  private NewCookie.Builder builder(String value) {
    return new NewCookie.Builder(COOKIE)
        .value(value)
        .path(COOKIE_PATH)
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.STRICT);
  }
}
