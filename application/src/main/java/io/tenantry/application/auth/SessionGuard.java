package io.tenantry.application.auth;

import io.tenantry.application.shared.ExpiringCache;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.tenant.TenantSlug;
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
 * briefly and dropped on change, so revocations take effect on the next request.
 */
public final class SessionGuard {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final ExpiringCache<UserId, Stamp> stamps;

  public SessionGuard(UnitOfWork unitOfWork, UserRepository users, Clock clock, Duration ttl) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.stamps = new ExpiringCache<>(clock, ttl, 100_000);
  }

  /** The user's state if the account can still use tokens of this security version. */
  public Optional<Stamp> current(TenantSlug tenant, UserId user, long securityVersion) {
    return stamps
        .get(user, id -> unitOfWork.inTenant(tenant, () -> users.findById(id).map(Stamp::of)))
        .filter(stamp -> stamp.status() == UserStatus.ACTIVE)
        .filter(stamp -> stamp.securityVersion() == securityVersion);
  }

  public void invalidate(UserId user) {
    stamps.invalidate(user);
  }

  /** What the guard remembers of a user. */
  public record Stamp(UserStatus status, long securityVersion, Set<Role> roles) {
    static Stamp of(User user) {
      return new Stamp(user.status(), user.securityVersion(), user.roles());
    }
  }
}
