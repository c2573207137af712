package io.tenantry.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.auth.OneTimeToken;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.RefreshToken;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.auth.SessionChain;
import io.tenantry.domain.auth.SessionOrigin;
import io.tenantry.domain.auth.TokenHash;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every refresh-token and one-time-token repository must do, run against the in-memory fakes
 * and the JPA adapters on PostgreSQL.
 */
public abstract class TokenRepositoriesContract {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

  private TenantRef tenant;
  private User user;

  /** The repositories under test, from one implementation (in-memory or JPA). */
  public record Stores(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      OneTimeTokenRepository oneTimeTokens) {}

  protected abstract Stores stores();

  private UnitOfWork unitOfWork() {
    return stores().unitOfWork();
  }

  private UserRepository users() {
    return stores().users();
  }

  private RefreshTokenRepository refreshTokens() {
    return stores().refreshTokens();
  }

  private OneTimeTokenRepository oneTimeTokens() {
    return stores().oneTimeTokens();
  }

  /** A tenant of its own for each test. */
  protected abstract TenantRef newTenant();

  @BeforeEach
  void createUser() {
    tenant = newTenant();
    User invited =
        User.invite(
            tenant.id(),
            new Email("tokens@example.com"),
            new DisplayName("Tokens"),
            Set.of(Role.MEMBER),
            NOW);
    user = unitOfWork().inTenant(tenant, () -> users().save(invited));
  }

  @Test
  void shouldRotateAndRevokeARefreshTokenFamily() {
    Instant now = NOW;
    Instant expires = now.plus(Duration.ofDays(1));
    RefreshToken first = RefreshToken.startFamily(user.id(), TokenHash.of("first"), now, expires);
    RefreshToken other = RefreshToken.startFamily(user.id(), TokenHash.of("other"), now, expires);
    unitOfWork()
        .inTenant(
            tenant,
            () -> {
              refreshTokens().save(first);
              refreshTokens().save(other);
              RefreshToken stored = refreshTokens().findByHashForUpdate(first.hash()).orElseThrow();
              refreshTokens().save(stored.rotate(TokenHash.of("second"), now, expires));
              refreshTokens().save(stored);
            });

    unitOfWork().inTenant(tenant, () -> refreshTokens().revokeFamily(first.familyId(), now));

    unitOfWork()
        .inTenant(
            tenant,
            () -> {
              RefreshToken rotated =
                  refreshTokens().findByHashForUpdate(TokenHash.of("first")).get();
              RefreshToken second =
                  refreshTokens().findByHashForUpdate(TokenHash.of("second")).get();
              RefreshToken untouched =
                  refreshTokens().findByHashForUpdate(TokenHash.of("other")).get();
              assertThat(rotated.isRotated()).isTrue();
              assertThat(rotated.revokedAt()).contains(now);
              assertThat(second.revokedAt()).contains(now);
              assertThat(second.familyId()).isEqualTo(first.familyId());
              assertThat(untouched.isUsable(now)).isTrue();
            });
  }

  @Test
  void shouldMarkAUsableTokenRotatedOnceAndNeverAnUnusableOne() {
    Instant now = NOW;
    Instant expires = now.plus(Duration.ofDays(1));
    RefreshToken live = RefreshToken.startFamily(user.id(), TokenHash.of("live"), now, expires);
    RefreshToken expired =
        RefreshToken.startFamily(user.id(), TokenHash.of("expired"), now, now.plusSeconds(1));
    RefreshToken revoked =
        RefreshToken.startFamily(user.id(), TokenHash.of("revoked"), now, expires);
    unitOfWork()
        .inTenant(
            tenant,
            () -> {
              refreshTokens().add(live);
              refreshTokens().add(expired);
              refreshTokens().add(revoked);
            });
    unitOfWork().inTenant(tenant, () -> refreshTokens().revokeFamily(revoked.familyId(), now));
    Instant later = now.plusSeconds(5);

    RefreshToken next =
        rotateAlone(tenant, live.hash(), Optional.empty(), later, "live-next").orElseThrow();

    assertThat(next.session()).isEqualTo(live.session());
    assertThat(rotateAlone(tenant, live.hash(), Optional.empty(), later, "twice")).isEmpty();
    assertThat(rotateAlone(tenant, expired.hash(), Optional.empty(), later, "late")).isEmpty();
    assertThat(rotateAlone(tenant, revoked.hash(), Optional.empty(), later, "dead")).isEmpty();
    assertThat(find(live.hash()))
        .hasValueSatisfying(t -> assertThat(t.rotatedAt()).contains(later));
    assertThat(
            List.of(
                find(TokenHash.of("twice")),
                find(TokenHash.of("late")),
                find(TokenHash.of("dead"))))
        .allSatisfy(found -> assertThat(found).isEmpty());
  }

  @Test
  void shouldRotateAUsableTokenToItsSuccessorOnceAndNeverAnUnusableOne() {
    Instant now = NOW;
    SessionChain chain = SessionChain.start(now, now.plus(Duration.ofHours(1)), 4);
    RefreshToken live =
        RefreshToken.startFamily(
            user.id(),
            chain,
            new SessionOrigin("192.0.2.1", "curl"),
            TokenHash.of("live"),
            now,
            now.plusSeconds(60));
    RefreshToken expired =
        RefreshToken.startFamily(user.id(), TokenHash.of("expired"), now, now.plusSeconds(1));
    unitOfWork()
        .inTenant(
            tenant,
            () -> {
              refreshTokens().add(live);
              refreshTokens().add(expired);
            });
    Instant later = now.plusSeconds(5);
    SessionOrigin from = new SessionOrigin(null, null);

    RefreshToken next =
        refreshTokens()
            .rotateAlone(
                tenant,
                live.hash(),
                Optional.empty(),
                later,
                TokenHash.of("next"),
                from,
                later.plus(Duration.ofDays(1)))
            .orElseThrow();

    assertThat(next.id()).isNotEqualTo(live.id());
    assertThat(next.hash()).isEqualTo(TokenHash.of("next"));
    assertThat(next.session()).isEqualTo(live.session());
    assertThat(next.userId()).isEqualTo(user.id());
    assertThat(next.origin()).isEqualTo(from);
    assertThat(next.issuedAt()).isEqualTo(later);
    // Capped to the session's end, as RefreshToken.rotate does.
    assertThat(next.expiresAt()).isEqualTo(chain.expiresAt());
    assertThat(next.isUsable(later)).isTrue();
    assertThat(
            unitOfWork()
                .inTenant(tenant, () -> refreshTokens().findByHashForUpdate(live.hash()).get()))
        .satisfies(t -> assertThat(t.rotatedAt()).contains(later));
    assertThat(
            refreshTokens()
                .rotateAlone(
                    tenant,
                    live.hash(),
                    Optional.empty(),
                    later,
                    TokenHash.of("again"),
                    from,
                    later.plusSeconds(60)))
        .isEmpty();
    assertThat(
            refreshTokens()
                .rotateAlone(
                    tenant,
                    expired.hash(),
                    Optional.empty(),
                    later,
                    TokenHash.of("late"),
                    from,
                    later.plusSeconds(60)))
        .isEmpty();
    assertThat(
            refreshTokens()
                .rotateAlone(
                    tenant,
                    next.hash(),
                    Optional.of("another-client"),
                    later,
                    TokenHash.of("foreign"),
                    from,
                    later.plusSeconds(60)))
        .isEmpty();
    assertThat(
            unitOfWork()
                .inTenant(
                    tenant,
                    () ->
                        List.of(
                            refreshTokens().findByHashForUpdate(TokenHash.of("again")),
                            refreshTokens().findByHashForUpdate(TokenHash.of("late")),
                            refreshTokens().findByHashForUpdate(TokenHash.of("foreign")))))
        .allSatisfy(found -> assertThat(found).isEmpty());
    assertThat(
            unitOfWork().inTenant(tenant, () -> refreshTokens().liveSessionsOf(user.id(), later)))
        .extracting(RefreshToken::hash)
        .containsExactly(TokenHash.of("next"));
  }

  @Test
  void shouldRevokeAllRefreshTokensOfAUser() {
    Instant now = NOW;
    RefreshToken token =
        RefreshToken.startFamily(user.id(), TokenHash.of("all"), now, now.plusSeconds(60));
    unitOfWork().inTenant(tenant, () -> refreshTokens().save(token));

    unitOfWork().inTenant(tenant, () -> refreshTokens().revokeAllOf(user.id(), now));

    assertThat(
            unitOfWork()
                .inTenant(tenant, () -> refreshTokens().findByHashForUpdate(token.hash()).get()))
        .satisfies(t -> assertThat(t.isUsable(now)).isFalse());
  }

  @Test
  void shouldListTheLiveHeadOfEachSessionAndKeepItsFacts() {
    Instant now = NOW;
    SessionChain chain = SessionChain.start(now, now.plus(Duration.ofDays(90)), 3);
    RefreshToken first =
        RefreshToken.startFamily(
            user.id(),
            chain,
            new SessionOrigin("192.0.2.7", "Firefox"),
            TokenHash.of("s1"),
            now,
            now.plus(Duration.ofDays(1)));
    RefreshToken kept =
        RefreshToken.startFamily(user.id(), TokenHash.of("kept"), now, now.plusSeconds(60));
    RefreshToken expired =
        RefreshToken.startFamily(user.id(), TokenHash.of("old"), now, now.minusSeconds(1));
    Instant later = now.plusSeconds(5);
    unitOfWork()
        .inTenant(
            tenant,
            () -> {
              refreshTokens().save(first);
              refreshTokens().save(kept);
              refreshTokens().save(expired);
              RefreshToken stored = refreshTokens().findByHashForUpdate(first.hash()).orElseThrow();
              refreshTokens()
                  .save(
                      stored.rotate(
                          TokenHash.of("s2"),
                          SessionOrigin.unknown(),
                          later,
                          later.plusSeconds(9)));
              refreshTokens().save(stored);
            });

    List<RefreshToken> live =
        unitOfWork().inTenant(tenant, () -> refreshTokens().liveSessionsOf(user.id(), later));

    assertThat(live)
        .extracting(RefreshToken::hash)
        .containsExactly(TokenHash.of("s2"), kept.hash());
    assertThat(live.get(0).session()).isEqualTo(chain);
    assertThat(live.get(0).issuedAt()).isEqualTo(later);
    assertThat(live.get(0).origin()).isEqualTo(SessionOrigin.unknown());

    unitOfWork()
        .inTenant(tenant, () -> refreshTokens().revokeAllOfExcept(user.id(), kept.familyId(), now));

    assertThat(unitOfWork().inTenant(tenant, () -> refreshTokens().liveSessionsOf(user.id(), now)))
        .extracting(RefreshToken::familyId)
        .containsExactly(kept.familyId());
  }

  @Test
  void shouldSpendEveryUnusedTokenOfAPurpose() {
    Instant now = NOW;
    OneTimeToken reset =
        OneTimeToken.issue(
            user.id(), TokenPurpose.PASSWORD_RESET, TokenHash.of("r1"), now, now.plusSeconds(60));
    OneTimeToken invite =
        OneTimeToken.issue(
            user.id(), TokenPurpose.INVITATION, TokenHash.of("i1"), now, now.plusSeconds(60));
    unitOfWork()
        .inTenant(
            tenant,
            () -> {
              oneTimeTokens().save(reset);
              oneTimeTokens().save(invite);
            });

    unitOfWork()
        .inTenant(
            tenant, () -> oneTimeTokens().spendAll(user.id(), TokenPurpose.PASSWORD_RESET, now));

    unitOfWork()
        .inTenant(
            tenant,
            () -> {
              assertThat(oneTimeTokens().findByHashForUpdate(reset.hash()).get().usedAt())
                  .contains(now);
              assertThat(oneTimeTokens().findByHashForUpdate(invite.hash()).get().usedAt())
                  .isEmpty();
            });
  }

  @Test
  void shouldRedeemAOneTimeTokenOnce() {
    Instant now = NOW;
    OneTimeToken token =
        OneTimeToken.issue(
            user.id(), TokenPurpose.INVITATION, TokenHash.of("invite"), now, now.plusSeconds(60));
    unitOfWork().inTenant(tenant, () -> oneTimeTokens().save(token));

    unitOfWork()
        .inTenant(
            tenant,
            () -> {
              OneTimeToken stored = oneTimeTokens().findByHashForUpdate(token.hash()).orElseThrow();
              assertThat(stored.isRedeemable(TokenPurpose.INVITATION, now)).isTrue();
              stored.markUsed(now);
              oneTimeTokens().save(stored);
            });

    OneTimeToken used =
        unitOfWork()
            .inTenant(
                tenant, () -> oneTimeTokens().findByHashForUpdate(token.hash()).orElseThrow());
    assertThat(used.usedAt()).contains(now);
    assertThat(used.isRedeemable(TokenPurpose.INVITATION, now)).isFalse();
  }

  @Test
  void shouldRotateAloneOutsideAUnitOfWorkInTheTenantGiven() {
    Instant now = NOW;
    SessionChain chain =
        SessionChain.start(now, now.plus(Duration.ofHours(1)), 4, "a-client", "openid")
            .authenticatedBy(AuthMethods.PASSWORD_AND_OTP);
    RefreshToken live =
        RefreshToken.startFamily(
            user.id(),
            chain,
            SessionOrigin.unknown(),
            TokenHash.of("alone"),
            now,
            now.plusSeconds(60));
    unitOfWork().inTenant(tenant, () -> refreshTokens().add(live));
    Instant later = now.plusSeconds(5);
    SessionOrigin from = new SessionOrigin("192.0.2.7", "agent");
    Instant expires = later.plus(Duration.ofDays(1));

    assertThat(rotateAlone(tenant, live.hash(), Optional.empty(), later, "api")).isEmpty();
    assertThat(rotateAlone(newTenant(), live.hash(), Optional.of("a-client"), later, "x"))
        .isEmpty();
    RefreshToken next =
        refreshTokens()
            .rotateAlone(
                tenant,
                live.hash(),
                Optional.of("a-client"),
                later,
                TokenHash.of("alone-next"),
                from,
                expires)
            .orElseThrow();

    assertThat(next.id()).isNotEqualTo(live.id());
    assertThat(next.hash()).isEqualTo(TokenHash.of("alone-next"));
    assertThat(next.session()).isEqualTo(chain);
    assertThat(next.userId()).isEqualTo(user.id());
    assertThat(next.origin()).isEqualTo(from);
    assertThat(next.issuedAt()).isEqualTo(later);
    assertThat(next.expiresAt()).isEqualTo(chain.expiresAt());
    assertThat(next.isUsable(later)).isTrue();
    // Committed on its own: a later unit of work reads what the statement returned.
    RefreshToken read =
        unitOfWork().inTenant(tenant, () -> refreshTokens().findByHashForUpdate(next.hash()).get());
    assertThat(read.id()).isEqualTo(next.id());
    assertThat(read.session()).isEqualTo(chain);
    assertThat(read.expiresAt()).isEqualTo(next.expiresAt());
    assertThat(
            unitOfWork()
                .inTenant(tenant, () -> refreshTokens().findByHashForUpdate(live.hash()).get()))
        .satisfies(t -> assertThat(t.rotatedAt()).contains(later));
    assertThat(rotateAlone(tenant, live.hash(), Optional.of("a-client"), later, "again")).isEmpty();
  }

  @Test
  void shouldUndoARotationUnlessTheFamilyWasRevokedMeanwhile() {
    Instant now = NOW;
    RefreshToken live =
        RefreshToken.startFamily(user.id(), TokenHash.of("undo"), now, now.plusSeconds(60));
    unitOfWork().inTenant(tenant, () -> refreshTokens().add(live));
    Instant later = now.plusSeconds(5);
    RefreshToken next = rotateAlone(tenant, live.hash(), Optional.empty(), later, "n1").get();

    unitOfWork().inTenant(tenant, () -> refreshTokens().undoRotation(live.hash(), next));

    assertThat(find(next.hash())).isEmpty();
    assertThat(find(live.hash())).hasValueSatisfying(t -> assertThat(t.isUsable(later)).isTrue());
    RefreshToken again = rotateAlone(tenant, live.hash(), Optional.empty(), later, "n2").get();
    unitOfWork().inTenant(tenant, () -> refreshTokens().revokeFamily(live.familyId(), later));
    unitOfWork().inTenant(tenant, () -> refreshTokens().undoRotation(live.hash(), again));
    assertThat(find(live.hash())).hasValueSatisfying(t -> assertThat(t.isUsable(later)).isFalse());
    assertThat(rotateAlone(tenant, live.hash(), Optional.empty(), later, "n3")).isEmpty();
  }

  private Optional<RefreshToken> rotateAlone(
      TenantRef in, TokenHash used, Optional<String> client, Instant now, String next) {
    return refreshTokens()
        .rotateAlone(
            in,
            used,
            client,
            now,
            TokenHash.of(next),
            SessionOrigin.unknown(),
            now.plusSeconds(60));
  }

  private Optional<RefreshToken> find(TokenHash hash) {
    return unitOfWork().inTenant(tenant, () -> refreshTokens().findByHashForUpdate(hash));
  }

  @Test
  void shouldKeepTheClientOfAnMfaTokenAndHowASessionAuthenticated() {
    Instant now = NOW;
    OneTimeToken bound =
        OneTimeToken.issueFor(
            "a-client",
            user.id(),
            TokenPurpose.MFA_LOGIN,
            TokenHash.of("mfa"),
            now,
            now.plusSeconds(300));
    SessionChain chain =
        SessionChain.start(now, now.plus(Duration.ofDays(1)), 0)
            .authenticatedBy(AuthMethods.PASSWORD_AND_OTP);
    RefreshToken token =
        RefreshToken.startFamily(
            user.id(),
            chain,
            SessionOrigin.unknown(),
            TokenHash.of("amr"),
            now,
            now.plusSeconds(60));
    unitOfWork()
        .inTenant(
            tenant,
            () -> {
              oneTimeTokens().save(bound);
              refreshTokens().save(token);
            });

    unitOfWork()
        .inTenant(
            tenant,
            () -> {
              assertThat(oneTimeTokens().findByHashForUpdate(bound.hash()).orElseThrow().client())
                  .contains("a-client");
              assertThat(refreshTokens().findByHashForUpdate(token.hash()).orElseThrow().session())
                  .isEqualTo(chain);
            });
  }
}
