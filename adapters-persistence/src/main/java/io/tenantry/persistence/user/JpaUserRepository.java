package io.tenantry.persistence.user;

import io.quarkus.panache.common.Parameters;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserSnapshot;
import io.tenantry.persistence.shared.CurrentTenant;
import io.tenantry.persistence.shared.LikePatterns;
import io.tenantry.persistence.shared.Pages;
import io.tenantry.persistence.shared.VersionCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The users of the tenant whose schema the current unit of work is bound to. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  private static final Map<String, String> SORT_ATTRIBUTES =
      Map.of(
          "email", "email",
          "display_name", "displayName",
          "status", "status",
          "created_at", "createdAt",
          "last_login_at", "lastLoginAt");

  // Transaction-scoped advisory lock keyed by schema: owner changes in one tenant queue up
  // behind each other, other tenants are not affected.
  private static final String LOCK_OWNERS =
      "select 1 from (select pg_advisory_xact_lock(hashtext(current_schema() || ':owners'))) l";

  @Inject CurrentTenant currentTenant;
  @Inject EntityManager entityManager;

  @Override
  public User save(User user) {
    UserSnapshot s = user.snapshot();
    UserEntity entity = UserEntity.findById(s.id().value());
    if (entity == null) {
      entity = UserMapper.toNewEntity(s);
      entity.persist();
    } else {
      VersionCheck.requireCurrent(entity.version, s.version());
      UserMapper.copyState(s, entity);
    }
    // Flush now so a duplicate e-mail fails here and the returned version is the stored one.
    UserEntity.flush();
    return UserMapper.toDomain(entity, s.tenantId());
  }

  @Override
  public Optional<User> findById(UserId id) {
    return UserEntity.<UserEntity>findByIdOptional(id.value()).map(this::toDomain);
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return UserEntity.<UserEntity>find("email", email.value())
        .firstResultOptional()
        .map(this::toDomain);
  }

  @Override
  public Page<User> search(UserQuery query) {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    query
        .text()
        .filter(text -> !text.isBlank())
        .ifPresent(
            text -> {
              where.add(
                  "(lower(email) like :text escape '\\'"
                      + " or lower(displayName) like :text escape '\\')");
              params.and("text", LikePatterns.contains(text));
            });
    query
        .status()
        .ifPresent(
            status -> {
              where.add("status = :status");
              params.and("status", UserMapper.status(status));
            });
    query
        .role()
        .ifPresent(
            role -> {
              where.add(":role member of roles");
              params.and("role", role.name());
            });
    String hql = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
    List<User> items =
        UserEntity.<UserEntity>find(hql, Pages.sortOf(query.page(), SORT_ATTRIBUTES), params)
            .range(query.page().offset(), Pages.lastIndex(query.page()))
            .list()
            .stream()
            .map(this::toDomain)
            .toList();
    long total = UserEntity.count(hql, params);
    return new Page<>(items, query.page().page(), query.page().size(), total);
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
    return UserMapper.toDomain(entity, currentTenant.id());
  }
}
