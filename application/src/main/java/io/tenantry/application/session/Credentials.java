package io.tenantry.application.session;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.event.AccountLocked;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.LoginFailed;
import io.tenantry.application.event.LoginFailed.Reason;
import io.tenantry.application.event.LoginSucceeded;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Checks a tenant, e-mail and password. Every failure path runs exactly one password hash
 * verification and ends in the same exception, so neither the answer nor its timing tells which
 * part was wrong.
 */
final class Credentials {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final LockoutPolicy lockout;
  private final DomainEvents events;
  private final Clock clock;

  Credentials(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      PasswordHasher hasher,
      LockoutPolicy lockout,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.hasher = hasher;
    this.lockout = lockout;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Verifies the credentials inside the tenant's unit of work and, on success, hands the user to
   * {@code onSuccess} in that same unit of work. A failure is counted (and may lock the account) in
   * a unit of work that commits before the caller hears of it.
   */
  <T> T verify(LoginCommand command, BiFunction<TenantRef, User, T> onSuccess) {
    String password = command.password() == null ? "" : command.password();
    Optional<TenantSnapshot> tenant = command.tenant().flatMap(tenants::bySlug);
    if (tenant.isEmpty() || command.email().isEmpty()) {
      hasher.verifyDummy(password);
      throw invalidCredentials();
    }
    TenantSnapshot found = tenant.get();
    Email email = command.email().get();
    Attempt<T> attempt =
        unitOfWork.inTenant(found.ref(), () -> attempt(found, email, password, onSuccess));
    if (attempt.failed()) {
      throw invalidCredentials();
    }
    return attempt.result();
  }

  private <T> Attempt<T> attempt(
      TenantSnapshot tenant,
      Email email,
      String password,
      BiFunction<TenantRef, User, T> onSuccess) {
    Instant now = clock.instant();
    Optional<User> found = users.findByEmail(email);
    Optional<PasswordHash> hash = found.flatMap(User::passwordHash);
    if (hash.isEmpty()) {
      hasher.verifyDummy(password);
      return failure(
          tenant, found, email, found.isEmpty() ? Reason.UNKNOWN_ACCOUNT : Reason.NO_PASSWORD);
    }
    User user = found.get();
    if (!hasher.verify(password, hash.get())) {
      boolean locked = user.recordFailedLogin(now, lockout);
      users.save(user);
      Attempt<T> failure = failure(tenant, found, email, Reason.WRONG_PASSWORD);
      if (locked) {
        events.publish(
            new AccountLocked(Initiator.of(user), tenant.id(), user.id(), user.lockedUntil()));
      }
      return failure;
    }
    if (!tenant.isActive() || !user.canLogIn(now)) {
      Reason reason = !tenant.isActive() ? Reason.TENANT_SUSPENDED : refusal(user, now);
      return failure(tenant, found, email, reason);
    }
    if (hasher.needsRehash(hash.get())) {
      user.upgradePasswordHash(hasher.hash(password));
    }
    user.recordLogin(now);
    User saved = users.save(user);
    events.publish(new LoginSucceeded(Initiator.of(saved), tenant.id(), saved.id()));
    return Attempt.success(onSuccess.apply(tenant.ref(), saved));
  }

  /** Records the failure in the attempt's unit of work, which commits before the 401. */
  private <T> Attempt<T> failure(
      TenantSnapshot tenant, Optional<User> user, Email email, Reason reason) {
    events.publish(
        new LoginFailed(
            user.map(Initiator::of).orElse(Initiator.NONE),
            tenant.id(),
            user.map(User::id),
            email,
            reason));
    return Attempt.failure();
  }

  private static Reason refusal(User user, Instant now) {
    return user.isLocked(now) ? Reason.LOCKED : Reason.NOT_ACTIVE;
  }

  private record Attempt<T>(T result, boolean failed) {
    static <T> Attempt<T> success(T result) {
      return new Attempt<>(result, false);
    }

    static <T> Attempt<T> failure() {
      return new Attempt<>(null, true);
    }
  }

  private static AuthenticationException invalidCredentials() {
    return new AuthenticationException("invalid_credentials", "invalid credentials");
  }
}
