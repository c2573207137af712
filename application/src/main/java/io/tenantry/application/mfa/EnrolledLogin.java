package io.tenantry.application.mfa;

import io.tenantry.application.auth.TokenPair;
import java.util.List;

/** The end of a required enrolment: the recovery codes (shown once) and the session it opens. */
public record EnrolledLogin(List<String> recoveryCodes, TokenPair tokens) {
  public EnrolledLogin {
    recoveryCodes = List.copyOf(recoveryCodes);
  }

  @Override
  public String toString() {
    return "EnrolledLogin[redacted]";
  }
}
