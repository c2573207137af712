package io.tenantry.application.mfa;

import java.util.List;

/** The end of a required enrolment: the recovery codes (shown once) and the session it opened. */
public record EnrolledSession<T>(List<String> recoveryCodes, T session) {
  public EnrolledSession {
    recoveryCodes = List.copyOf(recoveryCodes);
  }

  @Override
  public String toString() {
    return "EnrolledSession[redacted]";
  }
}
