package io.tenantry.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenantry.domain.shared.UnavailableException;
import io.tenantry.domain.user.PasswordHash;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {

  /** Blocks inside every hash until released, to hold a slot deterministically. */
  private static final class GatedHasher implements PasswordHasher {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public PasswordHash hash(String password) {
      entered.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new PasswordHash("h:" + password);
    }

    @Override
    public boolean verify(String password, PasswordHash hash) {
      return hash.value().equals("h:" + password);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
      return false;
    }

    @Override
    public boolean recognises(PasswordHash hash) {
      return hash.value().startsWith("h:");
    }

    @Override
    public void verifyDummy(String password) {}
  }

  @Test
  void givenEverySlotBusy_whenAnotherHashWaitsTooLong_thenServiceUnavailable() throws Exception {
    GatedHasher gated = new GatedHasher();
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(gated, 1, Duration.ofMillis(20));
    CompletableFuture<PasswordHash> holder = CompletableFuture.supplyAsync(() -> bounded.hash("a"));
    assertThat(gated.entered.await(30, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> bounded.verify("b", new PasswordHash("h:b")))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> assertThat(e.dependency()).isEqualTo(BoundedPasswordHasher.DEPENDENCY));

    gated.release.countDown();
    assertThat(holder.get(30, TimeUnit.SECONDS)).isEqualTo(new PasswordHash("h:a"));
    assertThat(bounded.verify("b", new PasswordHash("h:b"))).as("the slot came back").isTrue();
  }

  @Test
  void givenNoSlots_thenRefusedAtConstruction() {
    assertThatThrownBy(() -> new BoundedPasswordHasher(new GatedHasher(), 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
