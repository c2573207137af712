package io.tenantry.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.contract.Fixtures;
import io.tenantry.application.contract.UserRepositoryContract;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantSchemaManager;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserSort;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.TestTenants;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JPA adapter on PostgreSQL against the repository contract, plus what only it can show. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class JpaUserRepositoryTest extends UserRepositoryContract {

  @Inject UnitOfWork unitOfWork;
  @Inject UserRepository users;
  @Inject TestTenants testTenants;
  @Inject TenantRepository tenants;
  @Inject TenantSchemaManager schemas;
  @Inject EntityManager entityManager;

  @Override
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  protected UserRepository users() {
    return users;
  }

  @Override
  protected TenantRef newTenant() {
    return testTenants.create().ref();
  }

  @Test
  void shouldSeeATenantRegisteredInTheSameUnitOfWork() {
    TenantSlug slug = Fixtures.freshSlug();
    schemas.create(slug);
    Tenant fresh = Tenant.create(slug, new TenantName("New"), TestTenants.now());

    User found =
        unitOfWork.inTenant(
            fresh.ref(),
            () -> {
              Tenant created = tenants.save(fresh);
              users.save(newUser(created.ref(), "first@example.com", "First", Role.OWNER));
              return users.findByEmail(new Email("first@example.com")).orElseThrow();
            });

    assertThat(found.tenantId())
        .isEqualTo(unitOfWork.inControl(() -> tenants.findBySlug(slug)).orElseThrow().id());
  }

  @Test
  void shouldListAUserInsertedBySqlWithoutALastLoginRowAsNeverLoggedIn() {
    TenantRef tenant = newTenant();
    User kay = save(tenant, "kay@example.com", "Kay", Role.MEMBER);
    in(
        tenant,
        () -> {
          User current = users.findById(kay.id()).orElseThrow();
          current.recordLogin(NOW);
          return users.save(current);
        });
    in(
        tenant,
        () ->
            entityManager
                .createNativeQuery(
                    "insert into users (id, email, display_name, status, created_at, updated_at)"
                        + " values (gen_random_uuid(), 'bysql@example.com', 'By SQL', 'active',"
                        + " now(), now());"
                        + " insert into user_roles (user_id, role)"
                        + " select id, 'member' from users where email = 'bysql@example.com'")
                .executeUpdate());

    for (SortOrder<UserSort> order :
        List.of(SortOrder.desc(UserSort.LAST_LOGIN_AT), SortOrder.asc(UserSort.LAST_LOGIN_AT))) {
      List<String> listed =
          in(
                  tenant,
                  () ->
                      users.search(
                          new UserQuery(
                              Optional.empty(),
                              Optional.empty(),
                              Optional.empty(),
                              new PageRequest<>(0, 10, order))))
              .items()
              .stream()
              .map(u -> u.email().value())
              .toList();

      assertThat(listed).containsExactly("kay@example.com", "bysql@example.com");
    }
  }
}
