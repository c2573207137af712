package io.tenantry.application.auth;

import io.tenantry.domain.user.PasswordHash;

/** Slow, salted password hashing. */
public interface PasswordHasher {
  PasswordHash hash(String password);

  boolean verify(String password, PasswordHash hash);

  /** Whether the hash was made with other parameters or another algorithm than new ones are. */
  boolean needsRehash(PasswordHash hash);

  /**
   * Whether {@code hash} is in a format {@link #verify} understands: the current one, or one that
   * imported users bring along (re-hashed on their first login).
   */
  boolean recognises(PasswordHash hash);

  /** Spends the time of one verification, so that unknown accounts answer as slowly as known. */
  void verifyDummy(String password);
}
