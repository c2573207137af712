package io.tenantry.domain.user;

import static io.tenantry.domain.user.UserTestData.NOW;
import static io.tenantry.domain.user.UserTestData.aUser;
import static io.tenantry.domain.user.UserTestData.anInvitedUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.tenant.TenantId;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {
  private static final PasswordHash HASH = new PasswordHash("hashed:violet-harbour");

  @Test
  void shouldInviteAUserWithoutPasswordAndUnverified() {
    User user =
        User.invite(
            TenantId.random(),
            new Email("uma@acme.test"),
            new DisplayName("Uma"),
            Set.of(Role.MEMBER),
            NOW);

    assertThat(user.status()).isEqualTo(UserStatus.INVITED);
    assertThat(user.emailVerified()).isFalse();
    assertThat(user.passwordHash()).isEmpty();
    assertThat(user.canLogIn(NOW)).isFalse();
  }

  @Test
  void shouldActivateAndVerifyEmailWhenTheInvitationIsAccepted() {
    User user = anInvitedUser().build();

    user.acceptInvitation(HASH, new DisplayName("Uma Accepted"), NOW);

    assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(user.emailVerified()).isTrue();
    assertThat(user.passwordHash()).contains(HASH);
    assertThat(user.displayName().value()).isEqualTo("Uma Accepted");
    assertThat(user.canLogIn(NOW)).isTrue();
  }

  @Test
  void shouldRefuseToAcceptAnInvitationTwice() {
    User user = anInvitedUser().build();
    user.acceptInvitation(HASH, new DisplayName("Uma"), NOW);

    assertThatThrownBy(() -> user.acceptInvitation(HASH, new DisplayName("Again"), NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));
    assertThat(user.displayName().value()).isEqualTo("Uma");
  }

  @Test
  void shouldBumpTheSecurityVersionWhenDisabled() {
    User user = aUser().withSecurityVersion(3).build();

    user.disable(NOW);

    assertThat(user.status()).isEqualTo(UserStatus.DISABLED);
    assertThat(user.securityVersion()).isEqualTo(4);
    assertThat(user.canLogIn(NOW)).isFalse();
  }

  @Test
  void shouldNotBumpTheSecurityVersionAgainWhenAlreadyDisabled() {
    User user = aUser().withStatus(UserStatus.DISABLED).withSecurityVersion(4).build();

    user.disable(NOW);

    assertThat(user.securityVersion()).isEqualTo(4);
  }

  @Test
  void shouldReactivateADisabledUser() {
    User user = aUser().withStatus(UserStatus.DISABLED).build();

    user.activate(NOW);

    assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(user.canLogIn(NOW)).isTrue();
  }

  @Test
  void shouldRefuseToActivateAnInvitedUser() {
    User user = anInvitedUser().build();

    assertThatThrownBy(() -> user.activate(NOW)).isInstanceOf(RuleViolationException.class);
    assertThat(user.status()).isEqualTo(UserStatus.INVITED);
  }

  @Test
  void shouldReplaceRoles() {
    User user = aUser().withRoles(Role.MEMBER).build();

    user.assignRoles(Set.of(Role.ADMIN, Role.MEMBER), NOW);

    assertThat(user.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MEMBER);
    assertThat(user.revision().updatedAt()).isEqualTo(NOW);
  }

  @Test
  void shouldRefuseAnEmptySetOfRoles() {
    User user = aUser().withRoles(Role.ADMIN).build();

    assertThatThrownBy(() -> user.assignRoles(Set.of(), NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("roles"));
    assertThat(user.roles()).containsExactly(Role.ADMIN);
  }

  @Test
  void shouldNotLeakItsRolesToLaterChangesOfTheGivenSet() {
    Set<Role> given = new HashSet<>(Set.of(Role.MEMBER));
    User user = aUser().build();
    user.assignRoles(given, NOW);

    given.add(Role.OWNER);

    assertThat(user.roles()).containsExactly(Role.MEMBER);
  }

  @Test
  void shouldLetAnActiveUserWithAPasswordLogIn() {
    assertThat(aUser().build().canLogIn(NOW)).isTrue();
  }

  @Test
  void shouldNotLetDisabledOrInvitedUsersLogIn() {
    assertThat(aUser().withStatus(UserStatus.DISABLED).build().canLogIn(NOW)).isFalse();
    assertThat(anInvitedUser().build().canLogIn(NOW)).isFalse();
  }

  @Test
  void shouldNotLetALockedUserLogInUntilTheLockEnds() {
    User user = aUser().lockedUntil(NOW.plus(Duration.ofMinutes(15))).build();

    assertThat(user.canLogIn(NOW)).isFalse();
    assertThat(user.canLogIn(NOW.plus(Duration.ofMinutes(15)))).isTrue();
  }

  @Test
  void shouldLiftTheLockWhenUnlocked() {
    User user = aUser().lockedUntil(NOW.plus(Duration.ofMinutes(15))).build();

    user.recordUnlock(NOW);

    assertThat(user.lockedUntil()).isEmpty();
    assertThat(user.canLogIn(NOW)).isTrue();
  }

  @Test
  void shouldRecordALogin() {
    User user = aUser().build();

    user.recordLogin(NOW);

    assertThat(user.lastLoginAt()).contains(NOW);
  }

  @Test
  void shouldBumpTheSecurityVersionWhenSessionsAreRevoked() {
    User user = aUser().build();

    user.revokeSessions(NOW);

    assertThat(user.securityVersion()).isEqualTo(1);
    assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
  }

  @Test
  void shouldBeAnActiveOwnerOnlyWhenActiveAndHoldingOwner() {
    assertThat(aUser().withRoles(Role.OWNER).build().isActiveOwner()).isTrue();
    assertThat(aUser().withRoles(Role.ADMIN).build().isActiveOwner()).isFalse();
    assertThat(
            aUser().withRoles(Role.OWNER).withStatus(UserStatus.DISABLED).build().isActiveOwner())
        .isFalse();
  }

  @Test
  void shouldSurviveASnapshotRoundTrip() {
    User user = aUser().withRoles(Role.ADMIN, Role.MEMBER).withSecurityVersion(7).build();

    User restored = User.restore(user.snapshot());

    assertThat(restored.snapshot()).isEqualTo(user.snapshot());
  }

  @Test
  void shouldRedactThePasswordHash() {
    assertThat(HASH.toString()).doesNotContain("violet");
  }
}
