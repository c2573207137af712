package io.tenantry.application.fakes;

import io.tenantry.application.mfa.SecretSealer;
import java.util.Base64;

/** Not encryption: binds the secret to its context so a wrong context fails, as the real one. */
public final class FakeSecretSealer implements SecretSealer {
  @Override
  public String seal(byte[] secret, String context) {
    return context + "|" + Base64.getEncoder().encodeToString(secret);
  }

  @Override
  public byte[] open(String sealed, String context) {
    if (!sealed.startsWith(context + "|")) {
      throw new IllegalStateException("sealed for another context");
    }
    return Base64.getDecoder().decode(sealed.substring(context.length() + 1));
  }
}
