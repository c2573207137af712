package io.tenantry.application.access;

import com.github.benmanes.caffeine.cache.Cache;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserSnapshot;
import io.tenantry.domain.user.UserStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The per-request view of a user's security state (status, security version, current roles, live
 * sessions) and profile, cached per tenant and user as immutable values and dropped on change (on
 * this replica at once, on the others when the invalidation arrives), so revocations take effect on
 * the next request and a warm replica answers {@code GET /users/me} without the database. A session
 * the cached view does not know yet (a login since, perhaps on another replica) makes it reload
 * once rather than refuse; a session still unknown after that reload has ended (revocation and
 * expiry are final) and is remembered as such for a while.
 */
public final class SessionGuard {
  private static final int MAX_USERS = 100_000;

  /**
   * How long an ended session is remembered: a revoked or expired session never comes back, so
   * forgetting it only costs one reload; 15 minutes covers the default access-token lifetime.
   */
  private static final Duration ENDED_TTL = Duration.ofMinutes(15);

  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final RefreshTokenRepository sessions;
  private final Clock clock;
  private final Cache<Key, Stamp> stamps;
  private final Cache<SessionKey, Boolean> ended;

  public SessionGuard(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository sessions,
      Clock clock,
      Duration ttl) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.sessions = sessions;
    this.clock = clock;
    this.stamps = Caches.expiring(clock, ttl, MAX_USERS);
    this.ended = Caches.expiring(clock, ENDED_TTL, MAX_USERS);
  }

  /**
   * The user's state if the account can still use tokens of this security version and session
   * ({@code sid}); tokens without a session predate session ids and are checked by version only.
   */
  public Optional<Stamp> current(
      TenantRef tenant, UserId user, long securityVersion, Optional<UUID> session) {
    Key key = new Key(tenant.id(), user);
    Optional<SessionKey> sessionKey = session.map(sid -> new SessionKey(key, sid));
    if (sessionKey.map(ended::getIfPresent).isPresent()) {
      return Optional.empty(); // ended, and known to be: no reload per call
    }
    Stamp stamp = stamps.get(key, k -> load(tenant, user));
    if (stamp != null && session.isPresent() && !stamp.liveSessions().contains(session.get())) {
      stamps.invalidate(key);
      stamp = stamps.get(key, k -> load(tenant, user));
      if (stamp == null || !stamp.liveSessions().contains(session.get())) {
        ended.put(sessionKey.get(), Boolean.TRUE);
      }
    }
    return Optional.ofNullable(stamp)
        .filter(s -> s.status() == UserStatus.ACTIVE)
        .filter(s -> s.securityVersion() == securityVersion)
        .filter(s -> session.map(s.liveSessions()::contains).orElse(true));
  }

  /**
   * The user's state if the account is active, whatever its security version: for credentials that
   * live apart from sessions (API keys), which only an inactive account stops.
   */
  public Optional<Stamp> active(TenantRef tenant, UserId user) {
    return Optional.ofNullable(stamps.get(new Key(tenant.id(), user), k -> load(tenant, user)))
        .filter(s -> s.status() == UserStatus.ACTIVE);
  }

  /**
   * The user as last loaded, if cached: {@link #current} or {@link #active} has just passed for the
   * caller, so their own profile is normally here.
   */
  public Optional<UserSnapshot> cachedProfile(TenantId tenant, UserId user) {
    return Optional.ofNullable(stamps.getIfPresent(new Key(tenant, user))).map(Stamp::user);
  }

  /**
   * The user as cached, or read in a unit of work of its own and remembered: for a use case that
   * runs outside one (the refresh). Not filtered: the caller decides what the state allows.
   */
  public Optional<User> user(TenantRef tenant, UserId user) {
    return Optional.ofNullable(stamps.get(new Key(tenant.id(), user), k -> load(tenant, user)))
        .map(stamp -> User.restore(stamp.user()));
  }

  public void invalidate(TenantId tenant, UserId user) {
    stamps.invalidate(new Key(tenant, user));
  }

  /** Forgets every user (ended sessions stay ended). */
  public void clear() {
    stamps.invalidateAll();
  }

  private Stamp load(TenantRef tenant, UserId user) {
    return unitOfWork.inTenant(tenant, () -> loadHere(user));
  }

  private Stamp loadHere(UserId user) {
    return users
        .findById(user)
        .map(
            u ->
                Stamp.of(
                    u,
                    sessions.liveSessionsOf(user, clock.instant()).stream()
                        .map(RefreshToken::familyId)
                        .collect(Collectors.toSet())))
        .orElse(null);
  }

  /** What the guard remembers of a user: the security state, and the whole user as loaded. */
  public record Stamp(
      UserStatus status,
      long securityVersion,
      Set<Role> roles,
      Set<UUID> liveSessions,
      UserSnapshot user) {
    public Stamp {
      roles = Set.copyOf(roles);
      liveSessions = Set.copyOf(liveSessions);
    }

    static Stamp of(User user, Set<UUID> liveSessions) {
      return new Stamp(
          user.status(), user.securityVersion(), user.roles(), liveSessions, user.snapshot());
    }
  }

  private record Key(TenantId tenant, UserId user) {}

  private record SessionKey(Key user, UUID session) {}
}
