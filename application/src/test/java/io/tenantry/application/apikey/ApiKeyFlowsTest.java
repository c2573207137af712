package io.tenantry.application.apikey;

import static io.tenantry.application.fakes.TenantTestData.aTenant;
import static io.tenantry.application.fakes.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.application.fakes.TestApp;
import io.tenantry.application.fakes.TestApp.Session;
import io.tenantry.application.shared.Actor;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.shared.RuleViolationException;
import io.tenantry.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyFlowsTest {
  private TestApp app;
  private Session owner;

  @BeforeEach
  void setUp() {
    app = TestApp.started();
    owner = aTenant().withSlug("acme").createAndLogInOwner(app);
  }

  @Test
  void shouldActAsItsUserWithAtMostTheKeysRoles() {
    NewApiKey all = create(Optional.empty(), Optional.empty());
    NewApiKey member = create(Optional.empty(), Optional.of(Set.of(Role.MEMBER)));

    assertThat(authenticate(all.key()).roles()).containsExactly(Role.OWNER);
    Actor limited = authenticate(member.key());
    assertThat(limited.userId()).isEqualTo(owner.actor().userId());
    assertThat(limited.roles()).containsExactly(Role.MEMBER);
    assertThat(all.key()).matches("tnt_[A-Za-z0-9_-]{65}").startsWith(all.view().prefix());
  }

  @Test
  void shouldRefuseARoleWhosePermissionsTheUserLacks() {
    Session uma = aUser().withEmail("uma@acme.test").withRoles("member").create(app, owner.actor());

    assertThatThrownBy(
            () ->
                app.useCases.apiKeys.create(
                    uma.actor(),
                    new CreateApiKeyCommand(
                        "too much", Optional.empty(), Optional.of(Set.of(Role.ADMIN)))))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void shouldRecordUseAtMostOnceAMinute() {
    NewApiKey key = create(Optional.empty(), Optional.empty());
    Instant first = app.clock.instant();

    authenticate(key.key());
    app.clock.advance(Duration.ofSeconds(40));
    authenticate(key.key());
    assertThat(lastUsed()).contains(first);

    app.clock.advance(Duration.ofSeconds(30));
    authenticate(key.key());
    assertThat(lastUsed()).contains(app.clock.instant());
  }

  @Test
  void shouldStopAtOnceWhenRevokedOrExpired() {
    NewApiKey revoked = create(Optional.empty(), Optional.empty());
    NewApiKey expiring =
        create(Optional.of(app.clock.instant().plus(Duration.ofHours(1))), Optional.empty());
    authenticate(revoked.key());
    authenticate(expiring.key());

    app.useCases.apiKeys.revokeOwn(owner.actor(), revoked.view().id());
    app.clock.advance(Duration.ofHours(1));

    assertThatThrownBy(() -> authenticate(revoked.key()))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> authenticate(expiring.key()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(app.useCases.apiKeyGuard.failures()).isEqualTo(2);
  }

  @Test
  void shouldNotFindAKeyEditedToNameAnotherTenant() {
    Session other =
        aTenant().withSlug("globex").withOwnerEmail("o@globex.test").createAndLogInOwner(app);
    String key = create(Optional.empty(), Optional.empty()).key();
    String forged = ApiKeyFormat.compose(key.substring(4, 47), other.actor().tenantId());

    assertThat(ApiKeyFormat.tenantOf(forged)).contains(other.actor().tenantId());
    assertThatThrownBy(() -> authenticate(forged)).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> authenticate("tnt_short")).isInstanceOf(AuthenticationException.class);
  }

  private NewApiKey create(Optional<Instant> expiresAt, Optional<Set<Role>> roles) {
    return app.useCases.apiKeys.create(
        owner.actor(), new CreateApiKeyCommand("script", expiresAt, roles));
  }

  private Actor authenticate(String key) {
    return app.useCases.authenticate.authenticate(key);
  }

  private Optional<Instant> lastUsed() {
    return app.useCases.apiKeys.listOwn(owner.actor()).get(0).lastUsedAt();
  }
}
