package io.tenantry.application.session;

import io.tenantry.application.mfa.MfaChallenge;
import java.util.Optional;

/**
 * Where a right password on the hosted sign-in leads: a pages session at once (its cookie value),
 * or the second step with its {@code mfa_token}.
 */
public record SignInStep(String cookie, MfaChallenge challenge) {
  static SignInStep signedIn(String cookie) {
    return new SignInStep(cookie, null);
  }

  static SignInStep secondStep(MfaChallenge challenge) {
    return new SignInStep(null, challenge);
  }

  /** The challenge of the second step, when one must follow. */
  public Optional<MfaChallenge> secondFactor() {
    return Optional.ofNullable(challenge);
  }

  @Override
  public String toString() {
    return "SignInStep[" + (challenge == null ? "signed in" : challenge.kind()) + ", redacted]";
  }
}
