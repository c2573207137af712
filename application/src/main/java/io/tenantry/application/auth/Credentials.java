package io.tenantry.application.auth;

import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantDirectory;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.DomainException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
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
  private final Clock clock;

  Credentials(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      PasswordHasher hasher,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.hasher = hasher;
    this.clock = clock;
  }

  /**
   * Verifies the credentials inside the tenant's unit of work and, on success, hands the user to
   * {@code onSuccess} in that same unit of work.
   */
  <T> T verify(LoginCommand command, BiFunction<Tenant, User, T> onSuccess) {
    String password = command.password() == null ? "" : command.password();
    Optional<Tenant> tenant = parseSlug(command.tenant()).flatMap(tenants::bySlug);
    Optional<Email> email = parseEmail(command.email());
    if (tenant.isEmpty() || email.isEmpty()) {
      hasher.verifyDummy(password);
      throw invalidCredentials();
    }
    Tenant found = tenant.get();
    return unitOfWork.inTenant(
        found.slug(), () -> onSuccess.apply(found, check(email.get(), password, found.isActive())));
  }

  private User check(Email email, String password, boolean tenantActive) {
    Instant now = clock.instant();
    Optional<User> found = users.findByEmail(email);
    Optional<PasswordHash> hash = found.flatMap(User::passwordHash);
    if (hash.isEmpty()) {
      hasher.verifyDummy(password);
      throw invalidCredentials();
    }
    boolean matches = hasher.verify(password, hash.get());
    User user = found.get();
    if (!matches || !tenantActive || !user.canLogIn(now)) {
      throw invalidCredentials();
    }
    if (hasher.needsRehash(hash.get())) {
      user.upgradePasswordHash(hasher.hash(password));
    }
    user.recordLogin(now);
    return users.save(user);
  }

  private static Optional<TenantSlug> parseSlug(String raw) {
    try {
      return Optional.of(new TenantSlug(raw));
    } catch (DomainException e) {
      return Optional.empty();
    }
  }

  private static Optional<Email> parseEmail(String raw) {
    try {
      return Optional.of(new Email(raw));
    } catch (DomainException e) {
      return Optional.empty();
    }
  }

  private static AuthenticationException invalidCredentials() {
    return new AuthenticationException("invalid_credentials", "invalid credentials");
  }
}
