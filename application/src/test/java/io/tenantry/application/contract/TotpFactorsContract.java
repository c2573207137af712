package io.tenantry.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.mfa.RecoveryCode;
import io.tenantry.domain.mfa.TotpFactor;
import io.tenantry.domain.mfa.TotpFactors;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of TOTP factors and recovery codes must do, run against the in-memory fake and
 * the JPA adapter on PostgreSQL.
 */
public abstract class TotpFactorsContract {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

  private TenantRef tenant;
  private User user;

  /** The stores under test, from one implementation (in-memory or JPA). */
  public record Stores(UnitOfWork unitOfWork, UserRepository users, TotpFactors factors) {}

  protected abstract Stores stores();

  /** A tenant of its own for each test. */
  protected abstract TenantRef newTenant();

  @BeforeEach
  void createUser() {
    tenant = newTenant();
    User invited = Fixtures.invitedMember(tenant.id(), "totp@example.com", "Totp", NOW);
    user = inTenant(() -> stores().users().save(invited));
  }

  @Test
  void shouldKeepAPendingFactorAndFindNothingForAUserWithout() {
    run(() -> factors().save(TotpFactor.pending(user.id(), "v1.sealed", NOW)));

    TotpFactor found = inTenant(() -> factors().findForUpdate(user.id())).orElseThrow();

    assertThat(found.userId()).isEqualTo(user.id());
    assertThat(found.sealedSecret()).isEqualTo("v1.sealed");
    assertThat(found.createdAt()).isEqualTo(NOW);
    assertThat(found.isConfirmed()).isFalse();
    assertThat(found.lastUsedStep()).isEqualTo(-1);
    User other = inTenant(() -> stores().users().save(anotherUser()));
    assertThat(inTenant(() -> factors().findForUpdate(other.id()))).isEmpty();
  }

  @Test
  void shouldSaveTheConfirmationAndTheLastAcceptedStep() {
    run(() -> factors().save(TotpFactor.pending(user.id(), "v1.first", NOW)));
    run(
        () -> {
          TotpFactor factor = factors().findForUpdate(user.id()).orElseThrow();
          factor.confirm(NOW.plusSeconds(30));
          assertThat(factor.accept(1000)).isTrue();
          factors().save(factor);
        });

    TotpFactor found = inTenant(() -> factors().findForUpdate(user.id())).orElseThrow();

    assertThat(found.confirmedAt()).contains(NOW.plusSeconds(30));
    assertThat(found.lastUsedStep()).isEqualTo(1000);
    assertThat(found.accept(1000)).isFalse();
  }

  @Test
  void shouldReplaceAPendingSecretWithANewOne() {
    run(() -> factors().save(TotpFactor.pending(user.id(), "v1.old", NOW)));
    run(() -> factors().save(TotpFactor.pending(user.id(), "v1.new", NOW.plusSeconds(5))));

    TotpFactor found = inTenant(() -> factors().findForUpdate(user.id())).orElseThrow();

    assertThat(found.sealedSecret()).isEqualTo("v1.new");
    assertThat(found.createdAt()).isEqualTo(NOW.plusSeconds(5));
  }

  @Test
  void shouldSpendEachRecoveryCodeOnceAndForgetReplacedOnes() {
    TokenHash first = RecoveryCode.hashOf("abcde-fghij");
    TokenHash second = RecoveryCode.hashOf("kmnpq-rstuv");
    run(() -> factors().replaceRecoveryCodes(user.id(), List.of(first, second), NOW));

    assertThat(inTenant(() -> factors().spendRecoveryCode(user.id(), first, NOW))).isTrue();
    assertThat(inTenant(() -> factors().spendRecoveryCode(user.id(), first, NOW))).isFalse();
    assertThat(
            inTenant(() -> factors().spendRecoveryCode(user.id(), RecoveryCode.hashOf("x"), NOW)))
        .isFalse();

    TokenHash fresh = RecoveryCode.hashOf("wxyz2-34567");
    run(() -> factors().replaceRecoveryCodes(user.id(), List.of(fresh), NOW));
    assertThat(inTenant(() -> factors().spendRecoveryCode(user.id(), second, NOW))).isFalse();
    assertThat(inTenant(() -> factors().spendRecoveryCode(user.id(), fresh, NOW))).isTrue();
  }

  @Test
  void shouldNotSpendAnotherUsersRecoveryCode() {
    TokenHash code = RecoveryCode.hashOf("abcde-fghij");
    User other = inTenant(() -> stores().users().save(anotherUser()));
    run(() -> factors().replaceRecoveryCodes(user.id(), List.of(code), NOW));

    assertThat(inTenant(() -> factors().spendRecoveryCode(other.id(), code, NOW))).isFalse();
    assertThat(inTenant(() -> factors().spendRecoveryCode(user.id(), code, NOW))).isTrue();
  }

  @Test
  void shouldDeleteTheFactorAndEveryRecoveryCode() {
    TokenHash code = RecoveryCode.hashOf("abcde-fghij");
    run(
        () -> {
          factors().save(TotpFactor.pending(user.id(), "v1.gone", NOW));
          factors().replaceRecoveryCodes(user.id(), List.of(code), NOW);
        });

    run(() -> factors().delete(user.id()));

    assertThat(inTenant(() -> factors().findForUpdate(user.id()))).isEqualTo(Optional.empty());
    assertThat(inTenant(() -> factors().spendRecoveryCode(user.id(), code, NOW))).isFalse();
  }

  private TotpFactors factors() {
    return stores().factors();
  }

  private User anotherUser() {
    return Fixtures.invitedMember(tenant.id(), "other@example.com", "Other", NOW);
  }

  private <T> T inTenant(Supplier<T> work) {
    return stores().unitOfWork().inTenant(tenant, work);
  }

  private void run(Runnable work) {
    stores().unitOfWork().inTenant(tenant, work);
  }
}
