package io.tenantry.application.audit;

import java.util.Optional;

/** Where the current request came from; everything is empty outside a request (jobs, start-up). */
public interface RequestOrigin {
  Optional<String> clientIp();

  Optional<String> userAgent();

  /** The W3C trace id of the request, when it carried one. */
  Optional<String> traceId();

  /**
   * The key of the client's request budget ({@link io.tenantry.application.shared.RateLimiter}): by
   * default its address; an adapter may widen it (an IPv6 client by its /64).
   */
  default Optional<String> clientBudgetKey() {
    return clientIp();
  }

  /** No request: scheduled jobs, start-up, tests that do not care. */
  static RequestOrigin none() {
    return new RequestOrigin() {
      @Override
      public Optional<String> clientIp() {
        return Optional.empty();
      }

      @Override
      public Optional<String> userAgent() {
        return Optional.empty();
      }

      @Override
      public Optional<String> traceId() {
        return Optional.empty();
      }
    };
  }
}
