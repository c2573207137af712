package io.tenantry.application.tenant;

import io.tenantry.application.audit.AuditTrail;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.mail.AccountMails;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditTarget;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
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
import java.util.function.BiFunction;

/**
 * Creates a tenant: its schema, then its registry row and first owner in one unit of work. If that
 * unit of work fails, the new schema is dropped again so nothing half-made remains.
 */
public final class TenantProvisioning {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final UserRepository users;
  private final TenantSchemaManager schemas;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final AccountMails mails;
  private final AuditTrail audit;
  private final Clock clock;

  public TenantProvisioning(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      UserRepository users,
      TenantSchemaManager schemas,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      AccountMails mails,
      AuditTrail audit,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.schemas = schemas;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Creates a tenant with its owner (invited by mail when {@code password} is null) and hands both
   * to {@code andThen} inside the same unit of work. The {@code tenant.created} event names the
   * creator, or the owner when they signed up themselves.
   */
  public <T> T createWithOwner(
      Optional<Actor> creator, CreateTenantCommand command, BiFunction<Tenant, User, T> andThen) {
    TenantSlug slug = new TenantSlug(command.slug());
    if (slug.isSystem()) {
      throw new ConflictException("slug_taken", "slug is reserved");
    }
    TenantName name = new TenantName(command.name());
    Email email = new Email(command.ownerEmail());
    DisplayName ownerName = new DisplayName(command.ownerDisplayName());
    String password = command.ownerPassword();
    if (password != null) {
      passwordPolicy.check(password, email, "owner.password");
    }
    return provisionSchemaAndRow(
        slug,
        name,
        tenant -> {
          Instant now = clock.instant();
          Set<Role> roles = Set.of(Role.OWNER);
          User owner;
          if (password == null) {
            owner = users.save(User.invite(tenant.id(), email, ownerName, roles, now));
            mails.sendInvitation(tenant, owner);
          } else {
            owner =
                users.save(
                    User.createActive(
                        tenant.id(), email, ownerName, roles, hasher.hash(password), now));
          }
          Map<String, String> details =
              Map.of("slug", slug.value(), "name", name.value(), "owner", email.value());
          AuditTarget target = AuditTarget.tenant(tenant.id());
          if (creator.isPresent()) {
            audit.record(AuditEventType.TENANT_CREATED, creator.get(), target, details);
          } else {
            audit.recordBy(AuditEventType.TENANT_CREATED, owner, target, details);
          }
          return andThen.apply(tenant, owner);
        });
  }

  /** Creates the schema and the registry row, then runs {@code firstUsers} in that unit of work. */
  public <T> T provision(
      TenantSlug slug, TenantName name, java.util.function.Function<Tenant, T> firstUsers) {
    return provisionSchemaAndRow(
        slug,
        name,
        tenant -> {
          audit.recordAnonymous(
              AuditEventType.TENANT_CREATED,
              AuditTarget.tenant(tenant.id()),
              Map.of("slug", slug.value(), "name", name.value()));
          return firstUsers.apply(tenant);
        });
  }

  private <T> T provisionSchemaAndRow(
      TenantSlug slug, TenantName name, java.util.function.Function<Tenant, T> firstUsers) {
    if (unitOfWork.inControl(() -> tenants.findBySlug(slug)).isPresent()) {
      throw new ConflictException("slug_taken", "slug is already taken");
    }
    schemas.create(slug);
    try {
      return unitOfWork.inTenant(
          slug, () -> firstUsers.apply(tenants.save(Tenant.create(slug, name, clock.instant()))));
    } catch (RuntimeException e) {
      schemas.drop(slug);
      throw e;
    }
  }
}
