package io.tenantry.rest.shared;

/**
 * The one log form of a request body that carries a password, token or code: its type and nothing
 * else, so that no secret reaches a log line through {@code toString}.
 */
public final class Redacted {
  private Redacted() {}

  /** {@code Login[redacted]} for a {@code Login} body. */
  public static String of(Record body) {
    return body.getClass().getSimpleName() + "[redacted]";
  }
}
