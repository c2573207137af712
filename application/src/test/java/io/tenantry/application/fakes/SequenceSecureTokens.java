package io.tenantry.application.fakes;

import io.tenantry.application.shared.SecureTokens;

/** Deterministic, distinct, URL-safe 43-character secrets. */
public final class SequenceSecureTokens implements SecureTokens {
  private long next;

  @Override
  public String newSecret() {
    return String.format("secret_%036d", ++next);
  }
}
