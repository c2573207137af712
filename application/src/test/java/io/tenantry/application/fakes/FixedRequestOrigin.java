package io.tenantry.application.fakes;

import io.tenantry.application.audit.RequestOrigin;
import java.util.Optional;

/** A request that always comes from the same client. */
public final class FixedRequestOrigin implements RequestOrigin {
  public static final String IP = "203.0.113.7";
  public static final String USER_AGENT = "TestAgent/1.0";
  public static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

  @Override
  public Optional<String> clientIp() {
    return Optional.of(IP);
  }

  @Override
  public Optional<String> userAgent() {
    return Optional.of(USER_AGENT);
  }

  @Override
  public Optional<String> traceId() {
    return Optional.of(TRACE_ID);
  }
}
