package io.tenantry.rest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The counters of one kind of call by bounded outcome: only the status is looked at, never who
 * called. Every series exists from the start, so rates and alerts work before the first event.
 */
final class ApiOutcomes {
  static final List<String> OUTCOMES =
      List.of("success", "failure", "rate_limited", "invalid_request", "rejected", "error");

  private final Map<String, Counter> counters;

  ApiOutcomes(MeterRegistry registry, String name, String description) {
    this.counters =
        OUTCOMES.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    Function.identity(),
                    outcome ->
                        Counter.builder(name)
                            .description(description)
                            .tag("outcome", outcome)
                            .register(registry)));
  }

  /** Counts one call answered with {@code status}. */
  void count(int status) {
    counters.get(outcome(status)).increment();
  }

  /** The outcome label of a call answered with {@code status}. */
  static String outcome(int status) {
    if (status >= 200 && status < 300) {
      return "success";
    }
    return switch (status) {
      case 401 -> "failure";
      case 429 -> "rate_limited";
      case 400, 413, 415 -> "invalid_request";
      default -> status >= 500 ? "error" : "rejected";
    };
  }
}
