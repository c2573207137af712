package io.tenantry.application.auth;

import io.tenantry.application.audit.AuditTrail;
import io.tenantry.application.shared.Lenient;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantDirectory;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
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
  private final AuditTrail audit;
  private final Clock clock;

  Credentials(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      PasswordHasher hasher,
      LockoutPolicy lockout,
      AuditTrail audit,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.hasher = hasher;
    this.lockout = lockout;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Verifies the credentials inside the tenant's unit of work and, on success, hands the user to
   * {@code onSuccess} in that same unit of work. A failure is counted (and may lock the account) in
   * a unit of work that commits before the caller hears of it.
   */
  <T> T verify(LoginCommand command, BiFunction<Tenant, User, T> onSuccess) {
    String password = command.password() == null ? "" : command.password();
    Optional<Tenant> tenant = Lenient.slug(command.tenant()).flatMap(tenants::bySlug);
    Optional<Email> email = Lenient.email(command.email());
    if (tenant.isEmpty() || email.isEmpty()) {
      hasher.verifyDummy(password);
      throw invalidCredentials();
    }
    Tenant found = tenant.get();
    Attempt<T> attempt =
        unitOfWork.inTenant(found.slug(), () -> attempt(found, email.get(), password, onSuccess));
    if (attempt.failed()) {
      throw invalidCredentials();
    }
    return attempt.result();
  }

  private <T> Attempt<T> attempt(
      Tenant tenant, Email email, String password, BiFunction<Tenant, User, T> onSuccess) {
    Instant now = clock.instant();
    Optional<User> found = users.findByEmail(email);
    Optional<PasswordHash> hash = found.flatMap(User::passwordHash);
    if (hash.isEmpty()) {
      hasher.verifyDummy(password);
      return failure(found, email, found.isEmpty() ? "unknown_account" : "no_password");
    }
    User user = found.get();
    if (!hasher.verify(password, hash.get())) {
      boolean locked = user.recordFailedLogin(now, lockout);
      users.save(user);
      Attempt<T> failure = failure(found, email, "wrong_password");
      if (locked) {
        audit.recordBy(
            AuditEventType.ACCOUNT_LOCKED,
            user,
            AuditTarget.user(user.id()),
            Map.of("locked_until", user.lockedUntil().map(Instant::toString).orElse("")));
      }
      return failure;
    }
    if (!tenant.isActive() || !user.canLogIn(now)) {
      String reason = !tenant.isActive() ? "tenant_suspended" : refusal(user, now);
      return failure(found, email, reason);
    }
    if (hasher.needsRehash(hash.get())) {
      user.upgradePasswordHash(hasher.hash(password));
    }
    user.recordLogin(now);
    User saved = users.save(user);
    audit.recordBy(AuditEventType.LOGIN_SUCCEEDED, saved, AuditTarget.user(saved.id()), Map.of());
    return Attempt.success(onSuccess.apply(tenant, saved));
  }

  /** Records the failure in the attempt's unit of work, which commits before the 401. */
  private <T> Attempt<T> failure(Optional<User> user, Email email, String reason) {
    Map<String, String> details = Map.of("email", email.value(), "reason", reason);
    if (user.isPresent()) {
      audit.recordBy(
          AuditEventType.LOGIN_FAILED, user.get(), AuditTarget.user(user.get().id()), details);
    } else {
      audit.recordAnonymous(AuditEventType.LOGIN_FAILED, AuditTarget.NONE, details);
    }
    return Attempt.failure();
  }

  private static String refusal(User user, Instant now) {
    return user.isLocked(now) ? "locked" : "not_active";
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
