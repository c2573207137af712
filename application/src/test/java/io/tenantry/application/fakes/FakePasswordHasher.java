package io.tenantry.application.fakes;

import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.domain.user.PasswordHash;

/** Reversible "hashing" that counts every verification, real or dummy. */
public final class FakePasswordHasher implements PasswordHasher {
  private static final String PREFIX = "hashed:";
  private int verifications;
  private int dummyVerifications;

  @Override
  public PasswordHash hash(String password) {
    return new PasswordHash(PREFIX + password);
  }

  @Override
  public boolean verify(String password, PasswordHash hash) {
    verifications++;
    return hash.value().equals(PREFIX + password);
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return !hash.value().startsWith(PREFIX);
  }

  @Override
  public boolean recognises(PasswordHash hash) {
    return hash.value().startsWith(PREFIX);
  }

  @Override
  public void verifyDummy(String password) {
    verifications++;
    dummyVerifications++;
  }

  /** Real and dummy verifications since the last reset. */
  public int verifications() {
    return verifications;
  }

  public int dummyVerifications() {
    return dummyVerifications;
  }

  public void resetCounts() {
    verifications = 0;
    dummyVerifications = 0;
  }
}
