package io.tenantry.application.tenant;

import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.PlatformAdminAction;
import io.tenantry.application.event.TenantCreated;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.user.NewUsers;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Creates a tenant: its schema, then its registry row and first users in one unit of work. If that
 * unit of work fails, the new schema is dropped again so nothing half-made remains.
 */
public final class TenantProvisioning {
  private final UnitOfWork unitOfWork;
  private final TenantRepository tenants;
  private final TenantSchemaManager schemas;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final NewUsers newUsers;
  private final DomainEvents events;
  private final Clock clock;

  public TenantProvisioning(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      TenantSchemaManager schemas,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      NewUsers newUsers,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.schemas = schemas;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.newUsers = newUsers;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Creates a tenant with its owner (invited by mail when there is no password) and hands both to
   * {@code andThen} inside the same unit of work. The creation event names the creator, or the
   * owner when they signed up themselves.
   */
  <T> T createWithOwner(
      Optional<Actor> creator, CreateTenantCommand command, BiFunction<Tenant, User, T> andThen) {
    if (command.slug().isSystem()) {
      throw new ConflictException("slug_taken", "slug is reserved");
    }
    Optional<String> password = command.ownerPassword();
    password.ifPresent(p -> passwordPolicy.check(p, command.ownerEmail(), "owner.password"));
    // Hashed before any unit of work: no pooled connection is held while it burns a core.
    Optional<PasswordHash> ownerHash = password.map(hasher::hash);
    return provisionSchemaAndRow(
        command.slug(),
        command.name(),
        tenant -> {
          Optional<TokenPurpose> invitation =
              password.isEmpty() ? Optional.of(TokenPurpose.INVITATION) : Optional.empty();
          User owner =
              newUsers.add(
                  tenant.snapshot(),
                  newOwner(tenant, command, ownerHash, clock.instant()),
                  invitation,
                  user -> created(creator, tenant, command, user));
          // A creator is a platform admin (a sign-up has none): the platform's trail keeps it too.
          creator.ifPresent(
              admin ->
                  events.publish(
                      new PlatformAdminAction(created(creator, tenant, command, owner))));
          return andThen.apply(tenant, owner);
        });
  }

  /** Creates a tenant without an owner and runs {@code firstUsers} in its first unit of work. */
  <T> T provision(TenantSlug slug, TenantName name, Function<Tenant, T> firstUsers) {
    return provisionSchemaAndRow(
        slug,
        name,
        tenant -> {
          events.publish(
              new TenantCreated(Initiator.NONE, tenant.ref(), tenant.name(), Optional.empty()));
          return firstUsers.apply(tenant);
        });
  }

  private static TenantCreated created(
      Optional<Actor> creator, Tenant tenant, CreateTenantCommand command, User owner) {
    Initiator by = creator.map(Actor::initiator).orElseGet(() -> Initiator.of(owner));
    return new TenantCreated(by, tenant.ref(), tenant.name(), Optional.of(command.ownerEmail()));
  }

  private User newOwner(
      Tenant tenant, CreateTenantCommand command, Optional<PasswordHash> hash, Instant now) {
    Set<Role> roles = Set.of(Role.OWNER);
    return hash.map(
            password ->
                User.createActive(
                    tenant.id(),
                    command.ownerEmail(),
                    command.ownerDisplayName(),
                    roles,
                    password,
                    now))
        .orElseGet(
            () ->
                User.invite(
                    tenant.id(), command.ownerEmail(), command.ownerDisplayName(), roles, now));
  }

  private <T> T provisionSchemaAndRow(
      TenantSlug slug, TenantName name, Function<Tenant, T> firstUsers) {
    if (unitOfWork.inControl(() -> tenants.findBySlug(slug)).isPresent()) {
      throw new ConflictException("slug_taken", "slug is already taken");
    }
    Tenant created = Tenant.create(slug, name, clock.instant());
    schemas.create(slug);
    try {
      return unitOfWork.inTenant(created.ref(), () -> firstUsers.apply(tenants.save(created)));
    } catch (RuntimeException e) {
      schemas.drop(slug);
      throw e;
    }
  }
}
