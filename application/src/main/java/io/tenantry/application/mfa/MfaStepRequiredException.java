package io.tenantry.application.mfa;

import io.tenantry.domain.shared.ForbiddenException;

/**
 * A login whose password was right answers with this instead of tokens: {@code mfa_required} or
 * {@code mfa_enrollment_required}, carrying the token that the second step accepts.
 */
public final class MfaStepRequiredException extends ForbiddenException {
  private final transient MfaChallenge challenge;

  public MfaStepRequiredException(MfaChallenge challenge) {
    super(
        challenge.kind() == MfaChallenge.Kind.VERIFY ? "mfa_required" : "mfa_enrollment_required",
        challenge.kind() == MfaChallenge.Kind.VERIFY
            ? "a second factor is required: send a code with the mfa_token"
            : "the tenant requires a second factor: set one up with the mfa_token");
    this.challenge = challenge;
  }

  public MfaChallenge challenge() {
    return challenge;
  }
}
