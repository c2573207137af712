package io.tenantry.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.domain.user.PasswordHash;
import java.util.function.Supplier;

/** A {@link PasswordHasher} that records how long each hash and verification takes. */
public final class TimedPasswordHasher implements PasswordHasher {
  private final PasswordHasher delegate;
  private final Timer hash;
  private final Timer verify;

  public TimedPasswordHasher(PasswordHasher delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.hash = timer(registry, "hash");
    this.verify = timer(registry, "verify");
  }

  private static Timer timer(MeterRegistry registry, String operation) {
    return Timer.builder("password.hash")
        .description("Time spent hashing or verifying a password")
        .tag("operation", operation)
        .publishPercentileHistogram()
        .register(registry);
  }

  @Override
  public PasswordHash hash(String password) {
    return hash.record((Supplier<PasswordHash>) () -> delegate.hash(password));
  }

  @Override
  public boolean verify(String password, PasswordHash stored) {
    return verify.record(() -> delegate.verify(password, stored));
  }

  @Override
  public boolean needsRehash(PasswordHash stored) {
    return delegate.needsRehash(stored);
  }

  @Override
  public boolean recognises(PasswordHash stored) {
    return delegate.recognises(stored);
  }

  @Override
  public void verifyDummy(String password) {
    verify.record(() -> delegate.verifyDummy(password));
  }
}
