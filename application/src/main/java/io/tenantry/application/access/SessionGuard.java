package io.tenantry.application.access;

import com.github.benmanes.caffeine.cache.Cache;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The per-request view of a user's security state (status, security version, current roles), cached
 * briefly per tenant and user and dropped on change, so revocations take effect on the next
 * request.
 */
public final class SessionGuard {
  private static final int MAX_USERS = 100_000;

  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final Cache<Key, Stamp> stamps;

  public SessionGuard(UnitOfWork unitOfWork, UserRepository users, Clock clock, Duration ttl) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.stamps = Caches.expiring(clock, ttl, MAX_USERS);
  }

  /** The user's state if the account can still use tokens of this security version. */
  public Optional<Stamp> current(TenantRef tenant, UserId user, long securityVersion) {
    Stamp stamp =
        stamps.get(
            new Key(tenant.id(), user),
            key ->
                unitOfWork
                    .inTenant(tenant, () -> users.findById(user).map(Stamp::of))
                    .orElse(null));
    return Optional.ofNullable(stamp)
        .filter(s -> s.status() == UserStatus.ACTIVE)
        .filter(s -> s.securityVersion() == securityVersion);
  }

  public void invalidate(TenantId tenant, UserId user) {
    stamps.invalidate(new Key(tenant, user));
  }

  /** What the guard remembers of a user. */
  public record Stamp(UserStatus status, long securityVersion, Set<Role> roles) {
    public Stamp {
      roles = Set.copyOf(roles);
    }

    static Stamp of(User user) {
      return new Stamp(user.status(), user.securityVersion(), user.roles());
    }
  }

  private record Key(TenantId tenant, UserId user) {}
}
