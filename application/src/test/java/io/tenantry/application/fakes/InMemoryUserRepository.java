package io.tenantry.application.fakes;

import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordAttempt;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserSnapshot;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Users kept per tenant slug, like one schema per tenant: ids of other tenants are not found,
 * e-mails are unique per tenant, every save bumps the version and stale saves are refused.
 */
public final class InMemoryUserRepository implements UserRepository {
  private final InMemoryUnitOfWork unitOfWork;
  private final Map<TenantSlug, Map<UserId, UserSnapshot>> byTenant = new HashMap<>();
  private RuntimeException nextSaveFailure;

  public InMemoryUserRepository(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** Makes the next {@link #save} throw, as a failing database would. */
  public void failNextSave(RuntimeException failure) {
    nextSaveFailure = failure;
  }

  @Override
  public User save(User user) {
    if (nextSaveFailure != null) {
      RuntimeException failure = nextSaveFailure;
      nextSaveFailure = null;
      throw failure;
    }
    Map<UserId, UserSnapshot> users = users();
    boolean emailTaken =
        users.values().stream()
            .anyMatch(u -> u.email().equals(user.email()) && !u.id().equals(user.id()));
    if (emailTaken) {
      throw new ConflictException("email_taken", "e-mail address is already in use");
    }
    UserSnapshot stored = users.get(user.id());
    if (stored != null && stored.version() != user.revision().version()) {
      throw new ConflictException("version_conflict", "stale user");
    }
    UserSnapshot saved = withVersion(user.snapshot(), user.revision().version() + 1);
    users.put(user.id(), saved);
    return User.restore(saved);
  }

  @Override
  public PasswordAttempt countPasswordAttempt(UserId id, Instant now, LockoutPolicy policy) {
    UserSnapshot stored = users().get(id);
    if (stored == null) {
      return PasswordAttempt.gone();
    }
    User user = User.restore(stored);
    if (user.isLocked(now)) {
      return new PasswordAttempt(true, false, user.lockedUntil());
    }
    boolean engaged = user.recordFailedLogin(now, policy);
    UserSnapshot counted = user.snapshot();
    users().put(id, withVersion(counted, stored.version()));
    return new PasswordAttempt(false, engaged, user.lockedUntil());
  }

  @Override
  public Optional<User> findById(UserId id) {
    return Optional.ofNullable(users().get(id)).map(User::restore);
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return users().values().stream()
        .filter(u -> u.email().equals(email))
        .findFirst()
        .map(User::restore);
  }

  @Override
  public Page<User> search(UserQuery query) {
    boolean ascending = query.page().sort().ascending();
    Comparator<UserSnapshot> order =
        switch (query.page().sort().field()) {
          case EMAIL -> directed(Comparator.comparing(u -> u.email().value()), ascending);
          case DISPLAY_NAME ->
              directed(Comparator.comparing(u -> u.displayName().value()), ascending);
          case STATUS -> directed(Comparator.comparing(UserSnapshot::status), ascending);
          // Never logged in: last in both directions.
          case LAST_LOGIN_AT ->
              Comparator.comparing(
                  UserSnapshot::lastLoginAt,
                  Comparator.nullsLast(directed(Comparator.<Instant>naturalOrder(), ascending)));
          case CREATED_AT -> directed(Comparator.comparing(UserSnapshot::createdAt), ascending);
        };
    List<UserSnapshot> matching =
        users().values().stream()
            .filter(u -> query.status().map(s -> u.status() == s).orElse(true))
            .filter(u -> query.role().map(r -> u.roles().contains(r)).orElse(true))
            .filter(u -> query.text().map(q -> matches(u, q)).orElse(true))
            .sorted(order)
            .toList();
    List<User> slice =
        matching.stream()
            .skip(query.page().offset())
            .limit(query.page().size())
            .map(User::restore)
            .toList();
    return new Page<>(slice, query.page().page(), query.page().size(), matching.size());
  }

  @Override
  public void delete(UserId id) {
    users().remove(id);
  }

  @Override
  public long count() {
    return users().size();
  }

  @Override
  public long lockAndCountActiveOwners() {
    return users().values().stream().map(User::restore).filter(User::isActiveOwner).count();
  }

  /** What is stored for {@code id} in {@code tenant}, read outside any unit of work. */
  public Optional<User> stored(TenantSlug tenant, UserId id) {
    return Optional.ofNullable(byTenant.getOrDefault(tenant, Map.of()).get(id)).map(User::restore);
  }

  /** How many users of the bound tenant hold the role (for the role repository fake). */
  long countHolding(io.tenantry.domain.user.Role role) {
    return users().values().stream().filter(u -> u.roles().contains(role)).count();
  }

  private Map<UserId, UserSnapshot> users() {
    return byTenant.computeIfAbsent(unitOfWork.currentTenant(), t -> new LinkedHashMap<>());
  }

  private static boolean matches(UserSnapshot user, String text) {
    String q = text.toLowerCase(Locale.ROOT);
    return user.email().value().contains(q)
        || user.displayName().value().toLowerCase(Locale.ROOT).contains(q);
  }

  private static UserSnapshot withVersion(UserSnapshot s, long version) {
    return new UserSnapshot(
        s.id(),
        s.tenantId(),
        s.email(),
        s.displayName(),
        s.status(),
        s.emailVerified(),
        s.verificationRequired(),
        s.roles(),
        s.passwordHash(),
        s.securityVersion(),
        s.failedLogins(),
        s.lockedUntil(),
        s.lastLoginAt(),
        s.createdAt(),
        s.updatedAt(),
        version,
        s.mfaEnabled());
  }

  private static <T> Comparator<T> directed(Comparator<T> order, boolean ascending) {
    return ascending ? order : order.reversed();
  }
}
