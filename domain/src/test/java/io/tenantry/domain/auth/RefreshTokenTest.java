package io.tenantry.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenantry.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {
  private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");
  private static final Duration TTL = Duration.ofDays(30);
  private final UserId user = UserId.random();

  @Test
  void shouldBeUsableWhenFresh() {
    RefreshToken token = RefreshToken.startFamily(user, TokenHash.of("a"), NOW, NOW.plus(TTL));

    assertThat(token.isUsable(NOW)).isTrue();
    assertThat(token.isRotated()).isFalse();
  }

  @Test
  void shouldNotBeUsableOnceRotated() {
    RefreshToken token = RefreshToken.startFamily(user, TokenHash.of("a"), NOW, NOW.plus(TTL));

    token.rotate(TokenHash.of("b"), NOW.plusSeconds(60), NOW.plus(TTL));

    assertThat(token.isRotated()).isTrue();
    assertThat(token.isUsable(NOW.plusSeconds(60))).isFalse();
    assertThat(token.rotatedAt()).contains(NOW.plusSeconds(60));
  }

  @Test
  void shouldGiveTheSuccessorTheSameFamilyAndUser() {
    SessionChain session = SessionChain.start(NOW, NOW.plus(TTL.multipliedBy(3)), 4);
    RefreshToken token =
        RefreshToken.startFamily(
            user, session, SessionOrigin.unknown(), TokenHash.of("a"), NOW, NOW.plus(TTL));
    Instant later = NOW.plusSeconds(60);

    RefreshToken next = token.rotate(TokenHash.of("b"), later, later.plus(TTL));

    assertThat(next.familyId()).isEqualTo(token.familyId());
    assertThat(next.userId()).isEqualTo(user);
    assertThat(next.id()).isNotEqualTo(token.id());
    assertThat(next.hash()).isEqualTo(TokenHash.of("b"));
    assertThat(next.isUsable(later)).isTrue();
    assertThat(next.expiresAt()).isEqualTo(later.plus(TTL));
    assertThat(next.session()).isEqualTo(session);
  }

  @Test
  void shouldNeverOutliveItsSession() {
    SessionChain session = SessionChain.start(NOW, NOW.plus(TTL), 0);
    RefreshToken token =
        RefreshToken.startFamily(
            user,
            session,
            new SessionOrigin("192.0.2.1", "curl"),
            TokenHash.of("a"),
            NOW,
            NOW.plus(TTL));
    Instant later = NOW.plus(TTL).minusSeconds(60);

    RefreshToken next =
        token.rotate(TokenHash.of("b"), SessionOrigin.unknown(), later, later.plus(TTL));

    assertThat(next.expiresAt()).isEqualTo(NOW.plus(TTL));
    assertThat(next.origin()).isEqualTo(SessionOrigin.unknown());
    assertThat(session.allowsRefresh(later, 0)).isTrue();
    assertThat(session.allowsRefresh(NOW.plus(TTL), 0)).isFalse();
    assertThat(session.allowsRefresh(later, 1)).as("security version moved on").isFalse();
  }

  @Test
  void shouldStartANewFamilyForEachLogin() {
    RefreshToken first = RefreshToken.startFamily(user, TokenHash.of("a"), NOW, NOW.plus(TTL));
    RefreshToken second = RefreshToken.startFamily(user, TokenHash.of("b"), NOW, NOW.plus(TTL));

    assertThat(first.familyId()).isNotEqualTo(second.familyId());
  }

  @Test
  void shouldNotBeUsableOnceExpired() {
    RefreshToken token = RefreshToken.startFamily(user, TokenHash.of("a"), NOW, NOW.plus(TTL));

    assertThat(token.isUsable(NOW.plus(TTL))).isFalse();
  }

  @Test
  void shouldNotBeUsableOnceRevoked() {
    RefreshToken token =
        RefreshToken.restore(
            new RefreshTokenSnapshot(
                java.util.UUID.randomUUID(),
                user,
                SessionChain.start(NOW, NOW.plus(TTL), 0),
                SessionOrigin.unknown(),
                TokenHash.of("a"),
                NOW,
                NOW.plus(TTL),
                null,
                NOW));

    assertThat(token.isUsable(NOW)).isFalse();
    assertThat(token.isRotated()).isFalse();
  }
}
