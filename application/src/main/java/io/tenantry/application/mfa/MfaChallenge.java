package io.tenantry.application.mfa;

/**
 * The password was right but a second step must follow: a code ({@link Kind#VERIFY}) or setting up
 * a factor the tenant requires ({@link Kind#ENROL}), each with its single-use {@code mfaToken}.
 */
public record MfaChallenge(Kind kind, String mfaToken) {

  /** Which second step the token opens. */
  public enum Kind {
    VERIFY,
    ENROL
  }

  @Override
  public String toString() {
    return "MfaChallenge[" + kind + ", redacted]";
  }
}
