package io.tenantry.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.shared.PageRequest;
import io.tenantry.domain.shared.SortOrder;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordAttempt;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.user.UserSort;
import io.tenantry.domain.user.UserStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} must do, run against the in-memory fake (application) and the
 * JPA adapter on PostgreSQL (adapters-persistence), so the fake cannot drift from the real thing.
 */
public abstract class UserRepositoryContract {
  /** PostgreSQL keeps microseconds; both repositories are fed what it would give back. */
  protected static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

  private TenantRef tenant;

  protected abstract UnitOfWork unitOfWork();

  protected abstract UserRepository users();

  /** A tenant of its own for each test, with no users yet. */
  protected abstract TenantRef newTenant();

  @BeforeEach
  void createTenant() {
    tenant = newTenant();
  }

  @Test
  void shouldFindAUserByEmailCaseInsensitively() {
    User saved = save(tenant, "Alice@Example.com", "Alice", Role.OWNER);

    Optional<User> found = in(tenant, () -> users().findByEmail(new Email("ALICE@example.COM")));

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
    TenantRef other = newTenant();
    User inA = save(tenant, "carol@example.com", "Carol", Role.MEMBER);

    assertThat(in(other, () -> users().findById(inA.id()))).isEmpty();
    assertThat(in(other, () -> users().count())).isZero();
    assertThat(in(tenant, () -> users().findById(inA.id()))).isPresent();
  }

  @Test
  void shouldUpdateWithOptimisticLocking() {
    User saved = save(tenant, "dave@example.com", "Dave", Role.MEMBER);
    User renamed =
        in(
            tenant,
            () -> {
              User user = users().findById(saved.id()).orElseThrow();
              user.rename(new DisplayName("David"), NOW);
              user.assignRoles(Set.of(Role.ADMIN, Role.MEMBER), NOW);
              return users().save(user);
            });

    assertThat(renamed.revision().version()).isEqualTo(saved.revision().version() + 1);
    assertThat(renamed.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MEMBER);
    assertThatThrownBy(() -> in(tenant, () -> users().save(saved)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("version_conflict"));
  }

  @Test
  void shouldSearchByTextRoleAndStatusWithSortingAndPaging() {
    save(tenant, "erin@example.com", "Erin Admin", Role.ADMIN);
    save(tenant, "frank@example.com", "Frank Admin", Role.ADMIN);
    save(tenant, "gina@other.org", "Gina", Role.MEMBER);
    save(tenant, "h_100%@example.com", "Percent", Role.MEMBER);

    assertThat(emails(query(null, Role.ADMIN, SortOrder.desc(UserSort.DISPLAY_NAME), 0, 10)))
        .containsExactly("frank@example.com", "erin@example.com");

    Page<User> firstPage = search(query("EXAMPLE", null, SortOrder.asc(UserSort.EMAIL), 0, 2));
    Page<User> secondPage = search(query("example", null, SortOrder.asc(UserSort.EMAIL), 1, 2));
    assertThat(firstPage.total()).isEqualTo(3);
    assertThat(emails(firstPage.items())).containsExactly("erin@example.com", "frank@example.com");
    assertThat(emails(secondPage.items())).containsExactly("h_100%@example.com");

    assertThat(emails(query("0%", null, SortOrder.asc(UserSort.EMAIL), 0, 10)))
        .containsExactly("h_100%@example.com");
    assertThat(emails(query("n_a", null, SortOrder.asc(UserSort.EMAIL), 0, 10))).isEmpty();
  }

  @Test
  void shouldSearchTextWithinARoleInEveryOrder() {
    User ann = save(tenant, "ann@corp.example", "Ann Corp", Role.ADMIN);
    User bob = save(tenant, "bob@corp.example", "Bob Corp", Role.ADMIN);
    save(tenant, "cat@corp.example", "Cat Corp", Role.MEMBER);
    save(tenant, "dan@home.example", "Dan Home", Role.ADMIN);
    logIn(bob, NOW.minusSeconds(60));
    logIn(ann, NOW);

    Page<User> byNameDesc =
        search(query("CORP", Role.ADMIN, SortOrder.desc(UserSort.DISPLAY_NAME), 0, 10));
    Page<User> newestLoginFirst =
        search(query("corp", Role.ADMIN, SortOrder.desc(UserSort.LAST_LOGIN_AT), 0, 10));
    Page<User> secondOfOne = search(query("corp", Role.ADMIN, SortOrder.asc(UserSort.EMAIL), 1, 1));

    assertThat(byNameDesc.total()).isEqualTo(2);
    assertThat(emails(byNameDesc.items())).containsExactly("bob@corp.example", "ann@corp.example");
    assertThat(emails(newestLoginFirst.items()))
        .containsExactly("ann@corp.example", "bob@corp.example");
    assertThat(secondOfOne.total()).isEqualTo(2);
    assertThat(emails(secondOfOne.items())).containsExactly("bob@corp.example");
    assertThat(secondOfOne.items().get(0).roles()).containsExactly(Role.ADMIN);
  }

  @Test
  void shouldSortByLastLoginAsLoginsAreRecorded() {
    User early = save(tenant, "kay@example.com", "Kay", Role.MEMBER);
    User late = save(tenant, "lou@example.com", "Lou", Role.MEMBER);
    in(
        tenant,
        () -> {
          users().addAll(List.of(newUser(tenant, "max@example.com", "Max", Role.MEMBER)));
          return null;
        });
    logIn(late, NOW.minusSeconds(60));
    logIn(early, NOW.minusSeconds(30));
    logIn(late, NOW);

    Page<User> newestFirst =
        search(query(null, null, SortOrder.desc(UserSort.LAST_LOGIN_AT), 0, 10));
    Page<User> oldestFirst =
        search(query(null, null, SortOrder.asc(UserSort.LAST_LOGIN_AT), 0, 10));

    assertThat(newestFirst.total()).isEqualTo(3);
    assertThat(emails(newestFirst.items()))
        .containsExactly("lou@example.com", "kay@example.com", "max@example.com");
    assertThat(emails(oldestFirst.items()))
        .containsExactly("kay@example.com", "lou@example.com", "max@example.com");
    assertThat(in(tenant, () -> users().findById(late.id())).orElseThrow().lastLoginAt())
        .contains(NOW);
  }

  @Test
  void shouldListUsersWhoNeverLoggedInLastInBothDirectionsOnEveryPage() {
    User kay = save(tenant, "kay@corp.example", "Kay", Role.ADMIN);
    save(tenant, "lou@corp.example", "Lou", Role.ADMIN);
    User max = save(tenant, "max@corp.example", "Max", Role.ADMIN);
    save(tenant, "ned@corp.example", "Ned", Role.ADMIN);
    save(tenant, "oli@corp.example", "Oli", Role.MEMBER);
    logIn(kay, NOW.minusSeconds(60));
    logIn(max, NOW);

    for (SortOrder<UserSort> order :
        List.of(SortOrder.desc(UserSort.LAST_LOGIN_AT), SortOrder.asc(UserSort.LAST_LOGIN_AT))) {
      List<String> onePerPage =
          IntStream.range(0, 5)
              .mapToObj(page -> search(query(null, Role.ADMIN, order, page, 1)).items())
              .flatMap(List::stream)
              .map(u -> u.email().value())
              .toList();
      List<String> byThree =
          IntStream.range(0, 2)
              .mapToObj(page -> emails(query(null, Role.ADMIN, order, page, 3)))
              .flatMap(List::stream)
              .toList();
      List<String> searched = emails(query("corp", Role.ADMIN, order, 0, 10));

      List<String> loggedIn =
          order.ascending()
              ? List.of("kay@corp.example", "max@corp.example")
              : List.of("max@corp.example", "kay@corp.example");
      for (List<String> listed : List.of(onePerPage, byThree, searched)) {
        assertThat(listed).hasSize(4).startsWith(loggedIn.toArray(String[]::new));
        assertThat(listed.subList(2, 4))
            .containsExactlyInAnyOrder("lou@corp.example", "ned@corp.example");
      }
    }
  }

  @Test
  void shouldListEachUserWithItsOwnRoles() {
    save(tenant, "ida@example.com", "Ida", Role.OWNER);
    User both = newUser(tenant, "jon@example.com", "Jon", Role.MEMBER);
    both.assignRoles(Set.of(Role.ADMIN, Role.MEMBER), NOW);
    in(tenant, () -> users().save(both));
    save(tenant, "kim@example.com", "Kim", Role.MEMBER);

    List<User> listed = search(query(null, null, SortOrder.asc(UserSort.EMAIL), 0, 10)).items();

    assertThat(listed)
        .extracting(u -> u.email().value(), User::roles)
        .containsExactly(
            tuple("ida@example.com", Set.of(Role.OWNER)),
            tuple("jon@example.com", Set.of(Role.ADMIN, Role.MEMBER)),
            tuple("kim@example.com", Set.of(Role.MEMBER)));
  }

  @Test
  void shouldMatchTextAnywhereInEmailOrDisplayNameWhateverItsCase() {
    save(tenant, "zoe@example.com", "Zoe MacLeod", Role.MEMBER);
    save(tenant, "yann@example.com", "Yann Dupont", Role.MEMBER);
    save(tenant, "xavier@macleod.org", "Xavier", Role.MEMBER);
    SortOrder<UserSort> byEmail = SortOrder.asc(UserSort.EMAIL);

    assertThat(emails(query("MACLEOD", null, byEmail, 0, 10)))
        .containsExactly("xavier@macleod.org", "zoe@example.com");
    assertThat(emails(query("cLeO", null, byEmail, 0, 10)))
        .containsExactly("xavier@macleod.org", "zoe@example.com");
    assertThat(emails(query("n dUP", null, byEmail, 0, 10))).containsExactly("yann@example.com");
    assertThat(emails(query("Ya", null, byEmail, 0, 10))).containsExactly("yann@example.com");
    assertThat(emails(query("R@MAC", null, byEmail, 0, 10))).containsExactly("xavier@macleod.org");
    assertThat(emails(query("macleods", null, byEmail, 0, 10))).isEmpty();
  }

  @Test
  void shouldCountActiveOwnersUnderTheOwnersLock() {
    save(tenant, "owner1@example.com", "Owner One", Role.OWNER);
    save(tenant, "owner2@example.com", "Owner Two", Role.OWNER);
    save(tenant, "member@example.com", "Member", Role.MEMBER);

    assertThat(in(tenant, () -> users().lockAndCountActiveOwners())).isEqualTo(2);
  }

  @Test
  void shouldAddManyNewUsersAtOnceAndTellWhichAddressesAreTaken() {
    save(tenant, "judy@example.com", "Judy", Role.OWNER);
    List<User> many =
        IntStream.range(0, 250)
            .mapToObj(i -> newUser(tenant, "user" + i + "@example.com", "User " + i, Role.MEMBER))
            .toList();

    in(
        tenant,
        () -> {
          users().addAll(many);
          return null;
        });

    assertThat(in(tenant, () -> users().count())).isEqualTo(251);
    assertThat(in(tenant, () -> users().findById(many.get(249).id())).orElseThrow().roles())
        .containsExactly(Role.MEMBER);
    assertThat(
            in(
                tenant,
                () ->
                    users()
                        .existingEmails(
                            List.of(
                                new Email("judy@example.com"),
                                new Email("user7@example.com"),
                                new Email("nobody@example.com")))))
        .containsExactlyInAnyOrder(new Email("judy@example.com"), new Email("user7@example.com"));
    assertThat(in(tenant, () -> users().existingEmails(List.of()))).isEmpty();
  }

  @Test
  void givenATakenEmailAmongThem_whenAddingMany_thenEmailTaken() {
    save(tenant, "kim@example.com", "Kim", Role.MEMBER);
    List<User> batch =
        List.of(
            newUser(tenant, "lee@example.com", "Lee", Role.MEMBER),
            newUser(tenant, "kim@example.com", "Kim again", Role.MEMBER));

    assertThatThrownBy(
            () ->
                in(
                    tenant,
                    () -> {
                      users().addAll(batch);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("email_taken"));
  }

  @Test
  void shouldDeleteAUserWithItsRoles() {
    User saved = save(tenant, "ivan@example.com", "Ivan", Role.MEMBER);

    in(
        tenant,
        () -> {
          users().delete(saved.id());
          return null;
        });

    assertThat(in(tenant, () -> users().findById(saved.id()))).isEmpty();
    assertThat(in(tenant, () -> users().count())).isZero();
  }

  @Test
  void givenWrongGuesses_whenCounted_thenTheOneReachingTheLimitLocksAndLaterOnesAreRefused() {
    User user = save(tenant, "dave@example.com", "Dave", Role.MEMBER);
    LockoutPolicy policy = new LockoutPolicy(3, Duration.ofMinutes(15));

    List<PasswordAttempt> attempts =
        IntStream.range(0, 5)
            .mapToObj(i -> in(tenant, () -> users().countPasswordAttempt(user.id(), NOW, policy)))
            .toList();

    assertThat(attempts)
        .extracting(PasswordAttempt::refused)
        .containsExactly(false, false, false, true, true);
    assertThat(attempts)
        .extracting(PasswordAttempt::engagedLock)
        .containsExactly(false, false, true, false, false);
    assertThat(attempts.get(2).lockedUntil()).contains(NOW.plus(policy.duration()));
    User stored = in(tenant, () -> users().findById(user.id())).orElseThrow();
    assertThat(stored.isLocked(NOW)).isTrue();
    assertThat(stored.revision().version())
        .as("counting is not an edit")
        .isEqualTo(user.revision().version());
  }

  @Test
  void givenAnExpiredLock_whenCounted_thenCountingStartsAgain() {
    User user = save(tenant, "erin@example.com", "Erin", Role.MEMBER);
    LockoutPolicy policy = new LockoutPolicy(1, Duration.ofMinutes(15));
    in(tenant, () -> users().countPasswordAttempt(user.id(), NOW, policy));

    PasswordAttempt later =
        in(
            tenant,
            () -> users().countPasswordAttempt(user.id(), NOW.plus(Duration.ofHours(1)), policy));

    assertThat(later.refused()).isFalse();
    assertThat(later.engagedLock()).isTrue();
  }

  protected <T> T in(TenantRef where, Supplier<T> work) {
    return unitOfWork().inTenant(where, work);
  }

  protected User save(TenantRef where, String email, String name, Role role) {
    return in(where, () -> users().save(newUser(where, email, name, role)));
  }

  /** An active user with a password, as stored after registration. */
  protected static User newUser(TenantRef where, String email, String name, Role role) {
    return Fixtures.activeUser(where.id(), email, name, role, NOW);
  }

  private UserQuery query(String text, Role role, SortOrder<UserSort> sort, int page, int size) {
    return new UserQuery(
        Optional.ofNullable(text),
        Optional.of(UserStatus.ACTIVE),
        Optional.ofNullable(role),
        new PageRequest<>(page, size, sort));
  }

  private void logIn(User user, Instant at) {
    in(
        tenant,
        () -> {
          User current = users().findById(user.id()).orElseThrow();
          current.recordLogin(at);
          return users().save(current);
        });
  }

  private Page<User> search(UserQuery query) {
    return in(tenant, () -> users().search(query));
  }

  private List<String> emails(UserQuery query) {
    return emails(search(query).items());
  }

  private static List<String> emails(List<User> found) {
    return found.stream().map(u -> u.email().value()).toList();
  }
}
