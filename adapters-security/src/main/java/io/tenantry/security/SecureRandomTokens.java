package io.tenantry.security;

import io.tenantry.application.shared.SecureTokens;
import java.security.SecureRandom;
import java.util.Base64;

/** 256-bit secrets from the platform's CSPRNG, base64url without padding. */
public final class SecureRandomTokens implements SecureTokens {
  private final SecureRandom random = new SecureRandom();

  @Override
  public String newSecret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
