package io.tenantry.application.access;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.access.CacheInvalidation.Kind;
import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.User;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The caches of one replica and the channel to the others: what is announced inside the writing
 * unit of work, and what an invalidation from another replica (or a dropped channel) does here.
 */
class CacheInvalidationsTest {
  private TestApp app;
  private Session owner;
  private CacheInvalidation ownerChanged;

  @BeforeEach
  void startWithAWarmCache() {
    app = TestApp.started();
    owner = aTenant().withSlug("acme").createAndLogInOwner(app); // authenticated: cached
    ownerChanged =
        new CacheInvalidation(Kind.USER, owner.actor().tenantId().value(), owner.userId());
  }

  @Test
  void shouldAnnounceARevocationToTheOtherReplicas() {
    app.useCases.logoutEverywhere.logoutAll(owner.actor());

    assertThat(app.cacheInvalidations.announced()).contains(ownerChanged);
  }

  @Test
  void shouldStopATokenWhenAnotherReplicaSaysItsUserChanged() {
    changeOwnerBehindTheCache(user -> user.disable(app.clock.instant()));
    app.useCases.authenticate.authenticate(owner.accessToken()); // this replica has not heard yet

    app.cacheInvalidations.deliver(ownerChanged);

    assertThatThrownBy(() -> app.useCases.authenticate.authenticate(owner.accessToken()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldForgetEverythingWhenTheChannelDrops() {
    changeOwnerBehindTheCache(user -> user.disable(app.clock.instant()));

    app.cacheInvalidations.drop();

    assertThatThrownBy(() -> app.useCases.authenticate.authenticate(owner.accessToken()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void shouldAnswerMeFromTheCachedUserUntilItChanges() {
    changeOwnerBehindTheCache(
        user -> user.rename(new DisplayName("Renamed Elsewhere"), app.clock.instant()));
    String cached = app.useCases.readUsers.me(owner.actor()).displayName();

    app.cacheInvalidations.deliver(ownerChanged);
    app.useCases.authenticate.authenticate(owner.accessToken());

    assertThat(cached).isNotEqualTo("Renamed Elsewhere");
    assertThat(app.useCases.readUsers.me(owner.actor()).displayName())
        .isEqualTo("Renamed Elsewhere");
  }

  /** As another replica would: the row changes, and nothing here is told. */
  private void changeOwnerBehindTheCache(Consumer<User> change) {
    app.unitOfWork.inTenant(
        owner.actor().tenantRef(),
        () -> {
          User user = app.userRepository.findById(owner.actor().userId()).orElseThrow();
          change.accept(user);
          return app.userRepository.save(user);
        });
  }
}
