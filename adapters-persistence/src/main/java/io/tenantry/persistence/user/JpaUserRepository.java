package io.tenantry.persistence.user;

import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordAttempt;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserSnapshot;
import io.tenantry.domain.user.UserSort;
import io.tenantry.persistence.shared.BoundedTotals;
import io.tenantry.persistence.shared.Conditions;
import io.tenantry.persistence.shared.CustomPlans;
import io.tenantry.persistence.shared.LikePatterns;
import io.tenantry.persistence.shared.MatchPages;
import io.tenantry.persistence.shared.Pages;
import io.tenantry.persistence.shared.StoredEnums;
import io.tenantry.persistence.shared.TenantContext;
import io.tenantry.persistence.shared.VersionCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** The users of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  private static final Map<UserSort, String> SORT_ATTRIBUTES =
      Map.of(
          UserSort.EMAIL, "email",
          UserSort.DISPLAY_NAME, "displayName",
          UserSort.STATUS, "status",
          UserSort.CREATED_AT, "createdAt");

  private static final Map<UserSort, String> SORT_COLUMNS =
      Map.of(
          UserSort.EMAIL, "email",
          UserSort.DISPLAY_NAME, "display_name",
          UserSort.STATUS, "status",
          UserSort.CREATED_AT, "created_at",
          UserSort.LAST_LOGIN_AT, "last_login_at");

  // Transaction-scoped advisory lock keyed by schema: owner changes in one tenant queue up
  // behind each other, other tenants are not affected.
  private static final String LOCK_OWNERS =
      "select 1 from (select pg_advisory_xact_lock(hashtext(current_schema() || ':owners'))) l";

  // One statement: the row lock serialises parallel attempts, so N of them count N. The CTE keeps
  // the lock state from before the attempt, which RETURNING alone (new values) cannot tell apart.
  private static final String COUNT_ATTEMPT =
      """
      with prior as (select id, locked_until from users where id = :id for update)
      update users u set
        failed_logins = case when prior.locked_until > :now then u.failed_logins
                             when u.failed_logins + 1 >= :max then 0
                             else u.failed_logins + 1 end,
        locked_until = case when prior.locked_until > :now then u.locked_until
                            when u.failed_logins + 1 >= :max then :until
                            else u.locked_until end
      from prior where u.id = prior.id
      returning coalesce(prior.locked_until > :now, false) as refused, u.locked_until as until
      """;

  private static final int INSERT_BATCH = 100;

  @Inject TenantContext tenantContext;
  @Inject EntityManager entityManager;
  @Inject BoundedTotals totals;
  @Inject PageRoles pageRoles;
  @Inject CustomPlans customPlans;

  @Override
  public User save(User user) {
    UserSnapshot s = user.snapshot();
    UserEntity entity = UserEntity.findById(s.id().value());
    if (entity == null) {
      entity = UserMapper.toNewEntity(s);
      entity.persist();
      UserLastLoginRow.of(entity).persist();
    } else {
      VersionCheck.requireCurrent(entity.version, s.version());
      boolean loggedIn = !Objects.equals(entity.lastLoginAt, s.lastLoginAt());
      UserMapper.copyState(s, entity);
      if (loggedIn) {
        // The list by last login orders by this row's copy (tenant V22), so the users row's update
        // touches no indexed column and stays heap-only.
        UserLastLoginRow.update(
            "lastLoginAt = ?1 where userId = ?2", entity.lastLoginAt, entity.id);
      }
    }
    // Flush now so a duplicate e-mail fails here and the returned version is the stored one.
    UserEntity.flush();
    return UserMapper.toDomain(entity, s.tenantId());
  }

  @Override
  public Set<Email> existingEmails(Collection<Email> emails) {
    if (emails.isEmpty()) {
      return Set.of();
    }
    return entityManager
        .createQuery("select u.email from UserEntity u where u.email in :emails", String.class)
        .setParameter("emails", emails.stream().map(Email::value).toList())
        .getResultStream()
        .map(Email::new)
        .collect(Collectors.toSet());
  }

  @Override
  public void addAll(List<User> users) {
    // New rows only, so no read first; the inserts (users, then their roles) go in JDBC batches.
    entityManager.unwrap(Session.class).setJdbcBatchSize(INSERT_BATCH);
    List<UserEntity> entities =
        users.stream().map(u -> UserMapper.toNewEntity(u.snapshot())).toList();
    List<UserLastLoginRow> lastLogins = entities.stream().map(UserLastLoginRow::of).toList();
    UserEntity.persist(entities);
    UserLastLoginRow.persist(lastLogins);
    UserEntity.flush();
    // Stored and not changed again by the caller: later flushes of the unit of work need not
    // check a thousand of them for changes.
    entities.forEach(entityManager::detach);
    lastLogins.forEach(entityManager::detach);
  }

  @Override
  public PasswordAttempt countPasswordAttempt(UserId id, Instant now, LockoutPolicy policy) {
    // Typed result columns: left to guess them, Hibernate asks the driver for the columns'
    // metadata, which costs a catalog query per attempt.
    List<?> rows =
        entityManager
            .createNativeQuery(COUNT_ATTEMPT)
            .unwrap(NativeQuery.class)
            .addScalar("refused", StandardBasicTypes.BOOLEAN)
            .addScalar("until", StandardBasicTypes.INSTANT)
            .setParameter("id", id.value())
            .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .setParameter("max", policy.maxFailures())
            .setParameter(
                "until", OffsetDateTime.ofInstant(now.plus(policy.duration()), ZoneOffset.UTC))
            .getResultList();
    if (rows.isEmpty()) {
      return PasswordAttempt.gone();
    }
    Object[] row = (Object[]) rows.get(0);
    boolean refused = (Boolean) row[0];
    Optional<Instant> lockedUntil = Optional.ofNullable(row[1]).map(JpaUserRepository::instant);
    boolean engaged = !refused && lockedUntil.filter(now::isBefore).isPresent();
    return new PasswordAttempt(refused, engaged, lockedUntil);
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }

  @Override
  public Optional<User> findById(UserId id) {
    // Roles in the same statement: a refresh reads one user, and the lazy load was a second query.
    return UserEntity.<UserEntity>find(
            "from UserEntity u left join fetch u.roles where u.id = ?1", id.value())
        .singleResultOptional()
        .map(this::toDomain);
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    // Roles in the same statement, as findById: a login reads one user, and the lazy load was a
    // second query.
    return UserEntity.<UserEntity>find(
            "from UserEntity u left join fetch u.roles where u.email = ?1", email.value())
        .singleResultOptional()
        .map(this::toDomain);
  }

  @Override
  public Page<User> search(UserQuery query) {
    Optional<String> text =
        query.text().filter(value -> !value.isBlank()).map(LikePatterns::contains);
    Optional<String> status = query.status().map(StoredEnums::text);
    Optional<String> role = query.role().map(Role::name);
    Conditions where =
        new Conditions()
            .when(
                text,
                "(lower(email) like :text escape '\\' or lower(displayName) like :text escape '\\')",
                "(lower(email) like :text escape '\\' or lower(display_name) like :text escape '\\')",
                "text")
            .when(status, "status = :status", "status")
            .when(
                role,
                // Not "member of" (a subquery per user row) nor a join back to users: the ids
                // come from the role index alone.
                "id in (select held.userId from UserRoleRow held where held.role = :role)",
                "id in (select user_id from user_roles where role = :role)",
                "role");
    customPlans.forFiltered(where);
    if (text.isPresent()) {
      return totals.countingFirst(
          query.page(),
          "UserEntity",
          where,
          () -> users(fromMatches(where, query.page())),
          () -> users(sortWalk(where, query.page())));
    }
    List<User> items = users(sortWalk(where, query.page()));
    if (role.isPresent() && status.isEmpty()) {
      // The role alone: its rows in user_roles are the matches (one per user, none without a
      // user), read from the role index alone. Merged with the users' primary key (below), a
      // common role cost a walk of both indexes to the bound: 2.8 ms for 10,000 admins.
      return totals.page(items, query.page(), limit -> pageRoles.countHolding(role.get(), limit));
    }
    // Counted in id order whatever the page's order: every filter has an index that ends in id
    // (status, the primary keys the role filter merges), so the count stops at its bound instead
    // of sorting every match by e-mail first.
    return totals.page(items, query.page(), "UserEntity", where, "id");
  }

  /** The page by walking the sort key's index and testing each row: right for common matches. */
  private List<UserEntity> sortWalk(Conditions where, PageRequest<UserSort> page) {
    if (page.sort().field() == UserSort.LAST_LOGIN_AT) {
      return LastLoginPages.read(entityManager, where, page);
    }
    return Pages.read(
        UserEntity.<UserEntity>find(
            where.hql(), Pages.sortOf(page, SORT_ATTRIBUTES), where.parameters()),
        page);
  }

  /**
   * The page from the match set of a text search ({@link MatchPages}), rows and all in one
   * statement: at 100,000 users a plan that walked the e-mail index for {@code q=4242} read 3,527
   * pages (87 ms) for one page. Sorted by the users' own columns: the match set is small, so the
   * list by last login needs no index here.
   */
  private List<UserEntity> fromMatches(Conditions where, PageRequest<UserSort> page) {
    return MatchPages.rows(
        entityManager,
        "users",
        where,
        SORT_COLUMNS.get(page.sort().field()),
        page,
        UserEntity.class);
  }

  /** List rows as users, each with its roles (read for the whole page in one statement). */
  private List<User> users(List<UserEntity> rows) {
    Map<UUID, Set<Role>> roles = pageRoles.of(rows);
    TenantId tenant = tenantContext.currentTenantId();
    return rows.stream()
        .map(row -> UserMapper.toDomain(row, tenant, roles.getOrDefault(row.id, Set.of())))
        .toList();
  }

  @Override
  public void delete(UserId id) {
    UserEntity.deleteById(id.value());
  }

  @Override
  public long count() {
    return UserEntity.count();
  }

  @Override
  public long lockAndCountActiveOwners() {
    entityManager.createNativeQuery(LOCK_OWNERS).getSingleResult();
    return UserEntity.count("status = 'active' and 'owner' member of roles");
  }

  private User toDomain(UserEntity entity) {
    return UserMapper.toDomain(entity, tenantContext.currentTenantId());
  }
}
