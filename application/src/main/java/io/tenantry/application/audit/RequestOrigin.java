package io.tenantry.application.audit;

import java.util.Optional;

/** Where the current request came from; everything is empty outside a request (jobs, start-up). */
public interface RequestOrigin {
  Optional<String> clientIp();

  Optional<String> userAgent();

  /** The W3C trace id of the request, when it carried one. */
  Optional<String> traceId();

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
