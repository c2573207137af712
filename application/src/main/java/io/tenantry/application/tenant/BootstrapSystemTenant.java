package io.tenantry.application.tenant;

import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * At start-up, makes sure tenant {@code system} exists and, when one is configured and the tenant
 * has no user yet, creates its first platform admin (the only time the configured password is used,
 * so the only time it is checked against the policy). An existing admin is never overwritten.
 */
public final class BootstrapSystemTenant {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final UserRepository users;
  private final TenantProvisioning provisioning;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final Clock clock;

  public BootstrapSystemTenant(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      UserRepository users,
      TenantProvisioning provisioning,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.provisioning = provisioning;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.clock = clock;
  }

  public void bootstrap(Optional<String> adminEmail, Optional<String> adminPassword) {
    if (unitOfWork.inControl(() -> tenants.findBySlug(TenantSlug.SYSTEM)).isEmpty()) {
      try {
        provisioning.provision(TenantSlug.SYSTEM, new TenantName("System"), tenant -> tenant);
      } catch (ConflictException raced) {
        // Another replica created it first: exactly what we wanted.
      }
    }
    if (adminEmail.isEmpty() || adminPassword.isEmpty()) {
      return;
    }
    Email email = new Email(adminEmail.get());
    Tenant system = unitOfWork.inControl(() -> tenants.findBySlug(TenantSlug.SYSTEM)).orElseThrow();
    if (unitOfWork.inTenant(system.ref(), users::count) > 0) {
      // Every start after the first: the configured password is not used, so neither checked nor
      // hashed (no common-password list, no Argon2 block before ready).
      return;
    }
    passwordPolicy.check(adminPassword.get(), email, "app.bootstrap.admin.password");
    // Hashed outside the unit of work, like every hash; a replica that won the race since the
    // check above is seen by the count below.
    PasswordHash hash = hasher.hash(adminPassword.get());
    unitOfWork.inTenant(
        system.ref(),
        () -> {
          if (users.count() == 0) {
            users.save(
                User.createActive(
                    system.id(),
                    email,
                    new DisplayName("Platform admin"),
                    Set.of(Role.PLATFORM_ADMIN),
                    hash,
                    clock.instant()));
          }
        });
  }
}
