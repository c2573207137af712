package io.tenantry.rest.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The problem body of a login that needs a second step ({@code mfa_required}, {@code
 * mfa_enrollment_required}): the usual {@link Problem} fields plus the {@code mfa_token} that step
 * accepts.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChallengeProblem(@JsonUnwrapped Problem problem, String mfaToken) {

  @Override
  public String toString() {
    return "ChallengeProblem[" + problem.code() + ", redacted]";
  }
}
