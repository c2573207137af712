package io.tenantry.application.tenant;

import io.tenantry.application.audit.AuditTrail;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.Enums;
import io.tenantry.application.shared.Paging;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.shared.Versions;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.tenant.TenantStatus;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Platform administration of tenants, for {@code platform_admin}s of tenant {@code system}. */
public final class AdminService {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final UserRepository users;
  private final TenantSchemaManager schemas;
  private final TenantDirectory directory;
  private final TenantProvisioning provisioning;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final AuditTrail audit;
  private final Clock clock;

  public AdminService(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      UserRepository users,
      TenantSchemaManager schemas,
      TenantDirectory directory,
      TenantProvisioning provisioning,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      AuditTrail audit,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.schemas = schemas;
    this.directory = directory;
    this.provisioning = provisioning;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.audit = audit;
    this.clock = clock;
  }

  public TenantView createTenant(Actor actor, CreateTenantCommand command) {
    actor.requirePlatformAdmin();
    return TenantView.of(
        provisioning.createWithOwner(Optional.of(actor), command, (tenant, owner) -> tenant));
  }

  public Page<TenantView> listTenants(Actor actor, SearchTenantsQuery query) {
    actor.requirePlatformAdmin();
    TenantQuery parsed =
        new TenantQuery(
            Paging.text(query.text()),
            Paging.text(query.status()).map(s -> Enums.parse(TenantStatus.class, s, "status")),
            Paging.of(
                query.page(),
                query.size(),
                query.sort(),
                TenantQuery.SORTABLE,
                TenantQuery.DEFAULT_SORT));
    return unitOfWork.inControl(() -> tenants.search(parsed).map(TenantView::of));
  }

  public TenantView getTenant(Actor actor, UUID id) {
    actor.requirePlatformAdmin();
    Tenant tenant = unitOfWork.inControl(() -> load(id));
    long userCount = unitOfWork.inTenant(tenant.slug(), users::count);
    return TenantView.of(tenant, userCount);
  }

  public TenantView updateTenant(Actor actor, UUID id, UpdateTenantCommand command) {
    actor.requirePlatformAdmin();
    var name = command.name().map(TenantName::new);
    var status = command.status().map(s -> Enums.parse(TenantStatus.class, s, "status"));
    Tenant target = unitOfWork.inControl(() -> load(id));
    // In the tenant's own unit of work (the registry is reachable there) so the audit row lands
    // in its trail in the same transaction.
    Tenant saved =
        unitOfWork.inTenant(
            target.slug(),
            () -> {
              Tenant tenant = load(id);
              Versions.check(command.expectedVersion(), tenant.version());
              Instant now = clock.instant();
              boolean wasActive = tenant.isActive();
              name.ifPresent(n -> tenant.rename(n, now));
              command
                  .selfRegistration()
                  .ifPresent(open -> tenant.changeSelfRegistration(open, now));
              status.ifPresent(s -> tenant.changeStatus(s, now));
              recordUpdate(actor, tenant, wasActive, name);
              return tenants.save(tenant);
            });
    directory.invalidate(saved);
    return TenantView.of(saved);
  }

  /** Suspending is its own event; a rename or a re-activation is an update. */
  private void recordUpdate(
      Actor actor, Tenant tenant, boolean wasActive, Optional<TenantName> name) {
    AuditTarget target = AuditTarget.tenant(tenant.id());
    if (wasActive && !tenant.isActive()) {
      audit.record(AuditEventType.TENANT_SUSPENDED, actor, target, Map.of());
    }
    Map<String, String> changes = new TreeMap<>();
    name.ifPresent(n -> changes.put("name", n.value()));
    if (!wasActive && tenant.isActive()) {
      changes.put("status", "active");
    }
    if (!changes.isEmpty()) {
      audit.record(AuditEventType.TENANT_UPDATED, actor, target, changes);
    }
  }

  /** Removes the tenant, its schema and everything in it, in one unit of work. */
  public void deleteTenant(Actor actor, UUID id) {
    actor.requirePlatformAdmin();
    Tenant deleted =
        unitOfWork.inControl(
            () -> {
              Tenant tenant = load(id);
              if (tenant.slug().isSystem()) {
                throw new ForbiddenException("the system tenant cannot be deleted");
              }
              tenants.delete(tenant.id());
              schemas.drop(tenant.slug());
              return tenant;
            });
    directory.invalidate(deleted);
  }

  /**
   * Makes sure tenant {@code system} exists and, when one is configured and the tenant has no user
   * yet, creates its first platform admin. An existing admin is never overwritten.
   */
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
    passwordPolicy.check(adminPassword.get(), email, "app.bootstrap.admin.password");
    unitOfWork.inTenant(
        TenantSlug.SYSTEM,
        () -> {
          if (users.count() == 0) {
            Tenant system = tenants.findBySlug(TenantSlug.SYSTEM).orElseThrow();
            users.save(
                User.createActive(
                    system.id(),
                    email,
                    new DisplayName("Platform admin"),
                    Set.of(Role.PLATFORM_ADMIN),
                    hasher.hash(adminPassword.get()),
                    clock.instant()));
          }
        });
  }

  private Tenant load(UUID id) {
    return tenants
        .findById(new TenantId(id))
        .orElseThrow(() -> new NotFoundException("tenant not found"));
  }
}
