package io.tenantry.domain.shared;

import java.util.Objects;

/**
 * A dependency (the database) cannot serve right now, so nothing was changed and the caller may
 * retry shortly; {@link #reason()} names the failure for the log, never for the client.
 */
public class UnavailableException extends DomainException {
  public static final String CODE = "service_unavailable";

  private final String dependency;
  private final String reason;

  public UnavailableException(String dependency, String reason) {
    super(CODE, "the service is temporarily unavailable; try again shortly");
    this.dependency = Objects.requireNonNull(dependency, "dependency");
    this.reason = reason == null ? "unavailable" : reason;
  }

  /** What is unavailable, e.g. {@code database}: a small, fixed set, fit for a metric label. */
  public String dependency() {
    return dependency;
  }

  /** Why, in a few words (an SQLSTATE, "pool acquisition timeout"): for operators only. */
  public String reason() {
    return reason;
  }
}
