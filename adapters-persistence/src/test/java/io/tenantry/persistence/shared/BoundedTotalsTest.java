package io.tenantry.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tenantry.application.contract.Fixtures;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.audit.AuditEvent;
import io.tenantry.domain.audit.AuditEventId;
import io.tenantry.domain.audit.AuditEventType;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.audit.AuditQuery;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.tenant.TenantName;
import io.tenantry.domain.tenant.TenantQuery;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.TestTenants;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists count their matches only up to {@code app.lists.count-limit}, here 5. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@TestProfile(BoundedTotalsTest.CountLimitFive.class)
class BoundedTotalsTest {

  /** A count limit small enough to cross with a handful of rows. */
  public static class CountLimitFive implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("app.lists.count-limit", "5");
    }
  }

  private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");

  @Inject UnitOfWork unitOfWork;
  @Inject UserRepository users;
  @Inject AuditLog audit;
  @Inject TenantRepository tenants;
  @Inject TestTenants testTenants;

  private TenantRef tenant;

  @BeforeEach
  void sevenUsers() {
    tenant = testTenants.create().ref();
    List<User> seven =
        IntStream.rangeClosed(1, 7)
            .mapToObj(i -> user("user" + i + "@example.com", i <= 3 ? "Team A" : "Team B"))
            .toList();
    unitOfWork.inTenant(
        tenant,
        () -> {
          users.addAll(seven);
          return null;
        });
  }

  @Test
  void givenMoreMatchesThanTheLimit_thenTheTotalIsTheLimitAndSaysSo() {
    Page<User> first = users(null, 0, 2);

    assertThat(first.items()).hasSize(2);
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.totalExact()).isFalse();
  }

  @Test
  void givenMatchesWithinTheLimit_thenTheTotalIsExact() {
    Page<User> teamA = users("team a", 0, 2);

    assertThat(teamA.total()).isEqualTo(3);
    assertThat(teamA.totalExact()).isTrue();
  }

  @Test
  void givenAPageBeyondTheLimit_thenTheTotalReachesAtLeastItsEnd() {
    Page<User> second = users(null, 1, 3);
    Page<User> last = users(null, 2, 3);
    Page<User> pastTheEnd = users(null, 5, 3);

    assertThat(second.total()).isEqualTo(6);
    assertThat(second.totalExact()).isFalse();
    assertThat(last.items()).hasSize(1);
    assertThat(last.total()).isEqualTo(7);
    assertThat(last.totalExact()).isTrue();
    assertThat(pastTheEnd.items()).isEmpty();
    assertThat(pastTheEnd.total()).isEqualTo(7);
    assertThat(pastTheEnd.totalExact()).isTrue();
  }

  @Test
  void givenOnlyARoleFilter_thenItsHoldersAreCountedUpToTheLimit() {
    Page<User> first = members(0, 2);
    Page<User> whole = members(0, 7);
    Page<User> none = unitOfWork.inTenant(tenant, () -> users.search(byRole(Role.ADMIN, 0, 2)));

    assertThat(first.total()).isEqualTo(5);
    assertThat(first.totalExact()).isFalse();
    assertThat(whole.items()).hasSize(7);
    assertThat(whole.total()).isEqualTo(7);
    assertThat(whole.totalExact()).isTrue();
    assertThat(none.items()).isEmpty();
    assertThat(none.total()).isZero();
  }

  @Test
  void givenARoleAndText_thenBothFilterTheCount() {
    UserQuery query =
        new UserQuery(
            Optional.of("team a"),
            Optional.empty(),
            Optional.of(Role.MEMBER),
            new PageRequest<>(0, 2, UserQuery.DEFAULT_SORT));

    Page<User> page = unitOfWork.inTenant(tenant, () -> users.search(query));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.totalExact()).isTrue();
  }

  private Page<User> members(int page, int size) {
    return unitOfWork.inTenant(tenant, () -> users.search(byRole(Role.MEMBER, page, size)));
  }

  private static UserQuery byRole(Role role, int page, int size) {
    return new UserQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.of(role),
        new PageRequest<>(page, size, UserQuery.DEFAULT_SORT));
  }

  @Test
  void shouldBoundTheAuditTrailAndTheTenantListToo() {
    unitOfWork.inTenant(
        tenant,
        () -> {
          IntStream.range(0, 6).forEach(i -> audit.append(event(NOW.plusSeconds(i))));
          return null;
        });
    IntStream.range(0, 5).forEach(i -> testTenants.create());

    Page<AuditEvent> trail =
        unitOfWork.inTenant(
            tenant,
            () ->
                audit.search(
                    new AuditQuery(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        new PageRequest<>(0, 2, AuditQuery.DEFAULT_SORT))));
    var registry =
        unitOfWork.inControl(
            () ->
                tenants.search(
                    new TenantQuery(
                        Optional.empty(),
                        Optional.empty(),
                        new PageRequest<>(0, 1, TenantQuery.DEFAULT_SORT))));

    assertThat(trail.total()).isEqualTo(5);
    assertThat(trail.totalExact()).isFalse();
    assertThat(registry.total()).isEqualTo(5);
    assertThat(registry.totalExact()).isFalse();
  }

  @Test
  void shouldBoundATenantTextSearchToo() {
    String word = "w" + UUID.randomUUID().toString().substring(0, 8);
    IntStream.range(0, 6)
        .forEach(
            i ->
                unitOfWork.inControl(
                    () ->
                        tenants.save(
                            Tenant.create(
                                Fixtures.freshSlug(), new TenantName("T " + word + i), NOW))));

    Page<Tenant> first = registry(word, 0, 2);
    Page<Tenant> last = registry(word, 2, 2);

    assertThat(first.total()).isEqualTo(5);
    assertThat(first.totalExact()).isFalse();
    assertThat(last.items()).hasSize(2);
    assertThat(last.total()).isEqualTo(6);
    assertThat(last.totalExact()).isTrue();
  }

  private Page<Tenant> registry(String text, int page, int size) {
    TenantQuery query =
        new TenantQuery(
            Optional.of(text),
            Optional.empty(),
            new PageRequest<>(page, size, TenantQuery.DEFAULT_SORT));
    return unitOfWork.inControl(() -> tenants.search(query));
  }

  private Page<User> users(String text, int page, int size) {
    UserQuery query =
        new UserQuery(
            Optional.ofNullable(text),
            Optional.empty(),
            Optional.empty(),
            new PageRequest<>(page, size, UserQuery.DEFAULT_SORT));
    return unitOfWork.inTenant(tenant, () -> users.search(query));
  }

  private User user(String email, String name) {
    return Fixtures.activeUser(tenant.id(), email, name, Role.MEMBER, NOW);
  }

  private static AuditEvent event(Instant at) {
    UserId actor = UserId.random();
    return new AuditEvent(
        AuditEventId.random(),
        at,
        AuditEventType.USER_UPDATED,
        actor,
        null,
        "user",
        actor.toString(),
        null,
        null,
        null,
        Map.of());
  }
}
