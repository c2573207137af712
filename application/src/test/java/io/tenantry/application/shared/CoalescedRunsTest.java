package io.tenantry.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescedRunsTest {
  /** Runs what it was given only when the test says so. */
  private final Deque<Runnable> queued = new ArrayDeque<>();

  private final Executor later = queued::add;
  private final AtomicInteger runs = new AtomicInteger();

  @Test
  void manyAsksBeforeTheRunStartsMakeOneRun() {
    CoalescedRuns coalesced = new CoalescedRuns(later, runs::incrementAndGet);

    coalesced.ask();
    coalesced.ask();
    coalesced.ask();

    assertThat(queued).hasSize(1);
    queued.poll().run();
    assertThat(runs).hasValue(1);
    assertThat(queued).isEmpty();
  }

  @Test
  void anAskDuringARunMakesExactlyOneMoreRunAfterIt() {
    CoalescedRuns[] coalesced = new CoalescedRuns[1];
    coalesced[0] =
        new CoalescedRuns(
            later,
            () -> {
              if (runs.incrementAndGet() == 1) {
                coalesced[0].ask(); // work arrived while the first run was busy
                coalesced[0].ask();
              }
            });

    coalesced[0].ask();
    queued.poll().run();

    assertThat(runs).hasValue(2);
    assertThat(queued).as("no run left queued, none started twice").isEmpty();
  }

  @Test
  void anAskAfterARunStartsANewOne() {
    CoalescedRuns coalesced = new CoalescedRuns(later, runs::incrementAndGet);
    coalesced.ask();
    queued.poll().run();

    coalesced.ask();

    assertThat(queued).hasSize(1);
    queued.poll().run();
    assertThat(runs).hasValue(2);
  }

  @Test
  void aRefusingExecutorLosesTheRunButNotTheNextAsk() {
    boolean[] refuse = {true};
    Executor shuttingDown =
        task -> {
          if (refuse[0]) {
            throw new RejectedExecutionException("shut down");
          }
          queued.add(task);
        };
    CoalescedRuns coalesced = new CoalescedRuns(shuttingDown, runs::incrementAndGet);

    coalesced.ask();
    refuse[0] = false;
    coalesced.ask();

    assertThat(queued).hasSize(1);
    queued.poll().run();
    assertThat(runs).hasValue(1);
  }
}
