package io.tenantry.domain.auth;

import java.util.Optional;

/** Where a link of a session chain was requested from: client address and user agent, if known. */
public record SessionOrigin(String ip, String userAgent) {
  private static final int MAX_USER_AGENT = 512;

  public SessionOrigin {
    // A user agent is client-chosen text; keep what we store bounded.
    if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
      userAgent = userAgent.substring(0, MAX_USER_AGENT);
    }
  }

  public static SessionOrigin unknown() {
    return new SessionOrigin(null, null);
  }

  public Optional<String> clientIp() {
    return Optional.ofNullable(ip);
  }

  public Optional<String> agent() {
    return Optional.ofNullable(userAgent);
  }
}
