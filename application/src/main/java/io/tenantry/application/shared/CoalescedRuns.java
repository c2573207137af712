package io.tenantry.application.shared;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs {@code work} on an executor when asked, one run at a time: asking during a run makes one
 * more run after it, however often it was asked. For waking a dispatcher the moment work arrives,
 * without a run per arrival.
 */
public final class CoalescedRuns {
  private final Executor executor;
  private final Runnable work;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean asked = new AtomicBoolean();

  public CoalescedRuns(Executor executor, Runnable work) {
    this.executor = executor;
    this.work = work;
  }

  /** A run soon: now if none is running, else right after the running one. */
  public void ask() {
    asked.set(true);
    start();
  }

  private void start() {
    if (running.compareAndSet(false, true)) {
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException e) {
        running.set(false); // shutting down: the next start's poll finds the work
      }
    }
  }

  private void drain() {
    try {
      while (asked.getAndSet(false)) {
        work.run();
      }
    } finally {
      running.set(false);
    }
    if (asked.get()) {
      start(); // asked between the last check and the reset above
    }
  }
}
