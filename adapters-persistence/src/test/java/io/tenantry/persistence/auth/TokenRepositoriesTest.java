package io.tenantry.persistence.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.OneTimeToken;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.persistence.EmbeddedPostgresResource;
import io.tenantry.persistence.TestTenants;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class TokenRepositoriesTest {

  @Inject UnitOfWork unitOfWork;
  @Inject UserRepository users;
  @Inject RefreshTokenRepository refreshTokens;
  @Inject OneTimeTokenRepository oneTimeTokens;
  @Inject TestTenants testTenants;

  private Tenant tenant;
  private User user;

  @BeforeEach
  void createUser() {
    tenant = testTenants.create();
    User invited =
        User.invite(
            tenant.id(),
            new Email("tokens@example.com"),
            new DisplayName("Tokens"),
            Set.of(Role.MEMBER),
            TestTenants.now());
    user = unitOfWork.inTenant(tenant.ref(), () -> users.save(invited));
  }

  @Test
  void shouldRotateAndRevokeARefreshTokenFamily() {
    Instant now = TestTenants.now();
    Instant expires = now.plus(Duration.ofDays(1));
    RefreshToken first = RefreshToken.startFamily(user.id(), TokenHash.of("first"), now, expires);
    RefreshToken other = RefreshToken.startFamily(user.id(), TokenHash.of("other"), now, expires);
    unitOfWork.inTenant(
        tenant.ref(),
        () -> {
          refreshTokens.save(first);
          refreshTokens.save(other);
          RefreshToken stored = refreshTokens.findByHashForUpdate(first.hash()).orElseThrow();
          refreshTokens.save(stored.rotate(TokenHash.of("second"), now, expires));
          refreshTokens.save(stored);
        });

    unitOfWork.inTenant(tenant.ref(), () -> refreshTokens.revokeFamily(first.familyId(), now));

    unitOfWork.inTenant(
        tenant.ref(),
        () -> {
          RefreshToken rotated = refreshTokens.findByHashForUpdate(TokenHash.of("first")).get();
          RefreshToken second = refreshTokens.findByHashForUpdate(TokenHash.of("second")).get();
          RefreshToken untouched = refreshTokens.findByHashForUpdate(TokenHash.of("other")).get();
          assertThat(rotated.isRotated()).isTrue();
          assertThat(rotated.revokedAt()).contains(now);
          assertThat(second.revokedAt()).contains(now);
          assertThat(second.familyId()).isEqualTo(first.familyId());
          assertThat(untouched.isUsable(now)).isTrue();
        });
  }

  @Test
  void shouldRevokeAllRefreshTokensOfAUser() {
    Instant now = TestTenants.now();
    RefreshToken token =
        RefreshToken.startFamily(user.id(), TokenHash.of("all"), now, now.plusSeconds(60));
    unitOfWork.inTenant(tenant.ref(), () -> refreshTokens.save(token));

    unitOfWork.inTenant(tenant.ref(), () -> refreshTokens.revokeAllOf(user.id(), now));

    assertThat(
            unitOfWork.inTenant(
                tenant.ref(), () -> refreshTokens.findByHashForUpdate(token.hash()).get()))
        .satisfies(t -> assertThat(t.isUsable(now)).isFalse());
  }

  @Test
  void shouldRedeemAOneTimeTokenOnce() {
    Instant now = TestTenants.now();
    OneTimeToken token =
        OneTimeToken.issue(
            user.id(), TokenPurpose.INVITATION, TokenHash.of("invite"), now, now.plusSeconds(60));
    unitOfWork.inTenant(tenant.ref(), () -> oneTimeTokens.save(token));

    unitOfWork.inTenant(
        tenant.ref(),
        () -> {
          OneTimeToken stored = oneTimeTokens.findByHashForUpdate(token.hash()).orElseThrow();
          assertThat(stored.isRedeemable(TokenPurpose.INVITATION, now)).isTrue();
          stored.markUsed(now);
          oneTimeTokens.save(stored);
        });

    OneTimeToken used =
        unitOfWork.inTenant(
            tenant.ref(), () -> oneTimeTokens.findByHashForUpdate(token.hash()).orElseThrow());
    assertThat(used.usedAt()).contains(now);
    assertThat(used.isRedeemable(TokenPurpose.INVITATION, now)).isFalse();
  }
}
