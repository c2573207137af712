package io.tenantry.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/**
 * A user's authenticator app in a test: enrols over the API and hands out codes computed with
 * {@link TotpCalculator}. Each code is of a newer time step than the last one sent (the service
 * accepts a code once, and one step either side of now).
 */
public final class Authenticator {
  private final String secret;
  private long lastStep = Long.MIN_VALUE;

  private Authenticator(String secret) {
    this.secret = secret;
  }

  /** Starts an enrolment and checks the answer; MFA is still off. */
  public static Authenticator start(String accessToken) {
    var body =
        Api.as(accessToken)
            .post("/api/v1/users/me/mfa/totp")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(body.getString("otpauth_uri")).startsWith("otpauth://totp/");
    return new Authenticator(body.getString("secret"));
  }

  /** An authenticator for a secret the test received some other way. */
  public static Authenticator of(String secret) {
    return new Authenticator(secret);
  }

  /** Enrols and confirms: MFA is on; returns the authenticator and its recovery codes. */
  public static Enrolled enrol(String accessToken) {
    Authenticator app = start(accessToken);
    List<String> codes =
        Api.as(accessToken)
            .body(Map.of("code", app.nextCode()))
            .post("/api/v1/users/me/mfa/totp/confirm")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("recovery_codes");
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    return new Enrolled(app, codes);
  }

  public String secret() {
    return secret;
  }

  /**
   * A valid code not sent before: of the current step, or the next one after a code of the current
   * step was sent. Never of the previous step (it could leave the window before the service checks
   * it); when both allowed steps are spent it waits for the clock, as a person would.
   */
  public String nextCode() {
    long step = Math.max(lastStep + 1, TotpCalculator.currentStep());
    while (step > TotpCalculator.currentStep() + 1) {
      sleepUntilNextStep();
    }
    lastStep = step;
    return TotpCalculator.code(secret, step);
  }

  private static void sleepUntilNextStep() {
    long nextStepMillis = (TotpCalculator.currentStep() + 1) * TotpCalculator.STEP_SECONDS * 1000;
    try {
      Thread.sleep(Math.max(1, nextStepMillis - System.currentTimeMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The code sent last, to try it again. */
  public String lastCode() {
    return TotpCalculator.code(secret, lastStep);
  }

  /** Logs in with the password and expects the second step; returns its {@code mfa_token}. */
  public static String challenge(String tenant, String email, String expectedCode) {
    return Api.login(tenant, email, Api.PASSWORD)
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", org.hamcrest.Matchers.equalTo(expectedCode))
        .extract()
        .path("mfa_token");
  }

  public static ValidatableResponse verify(String mfaToken, String code) {
    return Api.json()
        .body(Map.of("mfa_token", mfaToken, "code", code))
        .post("/api/v1/auth/mfa/verify")
        .then();
  }

  /** An enrolled authenticator and the recovery codes shown once. */
  public record Enrolled(Authenticator app, List<String> recoveryCodes) {}
}
