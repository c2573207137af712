package io.tenantry.application.session;

import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.mfa.MfaChallenge;

/** A right password's result: the token pair, or (with MFA) the challenge of the second step. */
public record LoginOutcome(TokenPair tokens, MfaChallenge challenge) {
  @Override
  public String toString() {
    return "LoginOutcome[" + (challenge == null ? "tokens" : challenge.kind()) + ", redacted]";
  }
}
