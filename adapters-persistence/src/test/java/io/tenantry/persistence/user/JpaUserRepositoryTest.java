package io.tenantry.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantSchemaManager;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserSort;
import io.tenantry.domain.user.UserStatus;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.TestTenants;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class JpaUserRepositoryTest {

  @Inject UnitOfWork unitOfWork;
  @Inject UserRepository users;
  @Inject TestTenants testTenants;
  @Inject TenantRepository tenants;
  @Inject TenantSchemaManager schemas;

  private Tenant tenant;

  @BeforeEach
  void createTenant() {
    tenant = testTenants.create();
  }

  @Test
  void shouldFindAUserByEmailCaseInsensitively() {
    User saved = save(tenant, "Alice@Example.com", "Alice", Role.OWNER);

    Optional<User> found =
        unitOfWork.inTenant(tenant.ref(), () -> users.findByEmail(new Email("ALICE@example.COM")));

    assertThat(found).isPresent();
    assertThat(found.get().id()).isEqualTo(saved.id());
    assertThat(found.get().tenantId()).isEqualTo(tenant.id());
    assertThat(found.get().roles()).containsExactly(Role.OWNER);
    assertThat(found.get().passwordHash()).contains(new PasswordHash("$argon2id$x"));
  }

  @Test
  void givenATakenEmail_whenSaving_thenEmailTakenConflict() {
    save(tenant, "bob@example.com", "Bob", Role.MEMBER);

    assertThatThrownBy(() -> save(tenant, "BOB@example.com", "Other Bob", Role.MEMBER))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("email_taken"))
        .hasMessageNotContaining("insert")
        .hasMessageNotContaining("users_email_key");
  }

  @Test
  void shouldKeepTenantsIsolated() {
    Tenant other = testTenants.create();
    User inA = save(tenant, "carol@example.com", "Carol", Role.MEMBER);

    assertThat(unitOfWork.inTenant(other.ref(), () -> users.findById(inA.id()))).isEmpty();
    assertThat(unitOfWork.inTenant(other.ref(), () -> users.count())).isZero();
    assertThat(unitOfWork.inTenant(tenant.ref(), () -> users.findById(inA.id()))).isPresent();
  }

  @Test
  void shouldUpdateWithOptimisticLocking() {
    User saved = save(tenant, "dave@example.com", "Dave", Role.MEMBER);
    User renamed =
        unitOfWork.inTenant(
            tenant.ref(),
            () -> {
              User user = users.findById(saved.id()).orElseThrow();
              user.rename(new DisplayName("David"), TestTenants.now());
              user.assignRoles(Set.of(Role.ADMIN, Role.MEMBER), TestTenants.now());
              return users.save(user);
            });

    assertThat(renamed.version()).isEqualTo(saved.version() + 1);
    assertThat(renamed.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MEMBER);
    assertThatThrownBy(() -> unitOfWork.inTenant(tenant.ref(), () -> users.save(saved)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("version_conflict"));
  }

  @Test
  void shouldSearchByTextRoleAndStatusWithSortingAndPaging() {
    save(tenant, "erin@example.com", "Erin Admin", Role.ADMIN);
    save(tenant, "frank@example.com", "Frank Admin", Role.ADMIN);
    save(tenant, "gina@other.org", "Gina", Role.MEMBER);
    save(tenant, "h_100%@example.com", "Percent", Role.MEMBER);

    List<String> admins = emails(query(null, Role.ADMIN, UserSort.DISPLAY_NAME, false, 0, 10));
    assertThat(admins).containsExactly("frank@example.com", "erin@example.com");

    var firstPage =
        unitOfWork.inTenant(
            tenant.ref(), () -> users.search(query("EXAMPLE", null, UserSort.EMAIL, true, 0, 2)));
    var secondPage =
        unitOfWork.inTenant(
            tenant.ref(), () -> users.search(query("example", null, UserSort.EMAIL, true, 1, 2)));
    assertThat(firstPage.total()).isEqualTo(3);
    assertThat(emails(firstPage.items())).containsExactly("erin@example.com", "frank@example.com");
    assertThat(emails(secondPage.items())).containsExactly("h_100%@example.com");

    assertThat(emails(query("0%", null, UserSort.EMAIL, true, 0, 10)))
        .containsExactly("h_100%@example.com");
    assertThat(emails(query("n_a", null, UserSort.EMAIL, true, 0, 10))).isEmpty();
  }

  @Test
  void shouldCountActiveOwnersUnderTheOwnersLock() {
    save(tenant, "owner1@example.com", "Owner One", Role.OWNER);
    save(tenant, "owner2@example.com", "Owner Two", Role.OWNER);
    save(tenant, "member@example.com", "Member", Role.MEMBER);

    assertThat(unitOfWork.inTenant(tenant.ref(), () -> users.lockAndCountActiveOwners()))
        .isEqualTo(2);
  }

  @Test
  void shouldSeeATenantRegisteredInTheSameUnitOfWork() {
    TenantSlug slug = TestTenants.freshSlug();
    schemas.create(slug);
    Tenant fresh = Tenant.create(slug, new TenantName("New"), TestTenants.now());

    User found =
        unitOfWork.inTenant(
            fresh.ref(),
            () -> {
              Tenant created = tenants.save(fresh);
              users.save(newUser(created, "first@example.com", "First", Role.OWNER));
              return users.findByEmail(new Email("first@example.com")).orElseThrow();
            });

    assertThat(found.tenantId())
        .isEqualTo(unitOfWork.inControl(() -> tenants.findBySlug(slug)).orElseThrow().id());
  }

  @Test
  void shouldDeleteAUserWithItsRoles() {
    User saved = save(tenant, "ivan@example.com", "Ivan", Role.MEMBER);

    unitOfWork.inTenant(tenant.ref(), () -> users.delete(saved.id()));

    assertThat(unitOfWork.inTenant(tenant.ref(), () -> users.findById(saved.id()))).isEmpty();
  }

  private UserQuery query(String text, Role role, UserSort sort, boolean asc, int page, int size) {
    return new UserQuery(
        Optional.ofNullable(text),
        Optional.of(UserStatus.ACTIVE),
        Optional.ofNullable(role),
        new PageRequest<>(page, size, new SortOrder<>(sort, asc)));
  }

  private List<String> emails(UserQuery query) {
    return emails(unitOfWork.inTenant(tenant.ref(), () -> users.search(query)).items());
  }

  private static List<String> emails(List<User> found) {
    return found.stream().map(u -> u.email().value()).toList();
  }

  private User save(Tenant in, String email, String name, Role role) {
    return unitOfWork.inTenant(in.ref(), () -> users.save(newUser(in, email, name, role)));
  }

  private static User newUser(Tenant in, String email, String name, Role role) {
    User user =
        User.createActive(
            in.id(),
            new Email(email),
            new DisplayName(name),
            Set.of(role),
            new PasswordHash("$argon2id$x"),
            TestTenants.now());
    return user;
  }
}
