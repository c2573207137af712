package io.tenantry.rest.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The problem body of a login that needs a second step ({@code mfa_required}, {@code
 * mfa_enrollment_required}): the usual fields plus the {@code mfa_token} that step accepts.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChallengeProblem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    String mfaToken) {

  static ChallengeProblem of(Problem base, String mfaToken) {
    return new ChallengeProblem(
        base.type(),
        base.title(),
        base.status(),
        base.detail(),
        base.instance(),
        base.code(),
        mfaToken);
  }

  @Override
  public String toString() {
    return "ChallengeProblem[" + code + ", redacted]";
  }
}
