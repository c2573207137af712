package io.tenantry.application.auth;

import io.tenantry.domain.shared.UnavailableException;
import io.tenantry.domain.user.PasswordHash;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bulkhead around a {@link PasswordHasher}: at most {@code permits} hashes or verifications run
 * at once (each costs a core and tens of MiB), a caller waits at most {@code queueTimeout} for a
 * turn and is otherwise told to come back later ({@code 503} with {@code Retry-After}), so a login
 * storm can neither exhaust memory nor starve the rest of the service.
 */
public final class BoundedPasswordHasher implements PasswordHasher {
  /** The dependency named in the 503 (and its metric label). */
  public static final String DEPENDENCY = "password-hashing";

  private final PasswordHasher delegate;
  private final Semaphore permits;
  private final long queueTimeoutNanos;

  public BoundedPasswordHasher(PasswordHasher delegate, int permits, Duration queueTimeout) {
    if (permits < 1) {
      throw new IllegalArgumentException("at least one concurrent hash is needed");
    }
    this.delegate = delegate;
    this.permits = new Semaphore(permits, true);
    this.queueTimeoutNanos = queueTimeout.toNanos();
  }

  @Override
  public PasswordHash hash(String password) {
    return bounded(() -> delegate.hash(password));
  }

  @Override
  public boolean verify(String password, PasswordHash hash) {
    return bounded(() -> delegate.verify(password, hash));
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return delegate.needsRehash(hash);
  }

  @Override
  public boolean recognises(PasswordHash hash) {
    return delegate.recognises(hash);
  }

  @Override
  public void verifyDummy(String password) {
    bounded(
        () -> {
          delegate.verifyDummy(password);
          return null;
        });
  }

  private <T> T bounded(Supplier<T> work) {
    acquire();
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }

  private void acquire() {
    try {
      if (!permits.tryAcquire(queueTimeoutNanos, TimeUnit.NANOSECONDS)) {
        throw new UnavailableException(DEPENDENCY, "all hashing slots busy");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException(DEPENDENCY, "interrupted while waiting to hash");
    }
  }
}
