package io.tenantry.rest.shared;

import io.tenantry.domain.shared.UnavailableException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Work that runs after the response has gone. Nothing of the request is propagated: its CDI request
 * context ends with the response, so a task gets fresh contexts of its own.
 */
@ApplicationScoped
public class BackgroundTasks {
  private static final Logger LOG = Logger.getLogger(BackgroundTasks.class);

  private final ManagedExecutor executor =
      ManagedExecutor.builder()
          .propagated(ThreadContext.NONE)
          .cleared(ThreadContext.ALL_REMAINING)
          .maxAsync(4)
          .build();

  /** Runs {@code task} later; a failure is logged as {@code what}, never thrown. */
  public CompletableFuture<Void> run(String what, Runnable task) {
    return executor
        .runAsync(task)
        .exceptionally(
            failure -> {
              Throwable cause =
                  failure instanceof CompletionException ? failure.getCause() : failure;
              if (cause instanceof UnavailableException down) {
                // An outage is not a bug: one line, no stack trace.
                LOG.warnf(
                    "%s skipped: %s unavailable (%s)", what, down.dependency(), down.reason());
              } else {
                LOG.error(what + " failed", failure);
              }
              return null;
            });
  }

  @PreDestroy
  void shutdown() {
    executor.shutdown();
  }
}
