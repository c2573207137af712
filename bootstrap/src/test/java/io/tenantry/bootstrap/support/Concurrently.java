package io.tenantry.bootstrap.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Fires the same request from several threads at once and collects the status codes. */
public final class Concurrently {
  private Concurrently() {}

  public static List<Integer> statuses(int times, Callable<Integer> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(times);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.call();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> future : futures) {
        statuses.add(future.get(60, TimeUnit.SECONDS));
      }
      Collections.sort(statuses);
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }
}
