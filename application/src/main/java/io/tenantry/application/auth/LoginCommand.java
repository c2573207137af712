package io.tenantry.application.auth;

/** Credentials as presented; parsed leniently so that every failure looks the same. */
public record LoginCommand(String tenant, String email, String password) {
  @Override
  public String toString() {
    return "LoginCommand[" + tenant + ", " + email + ", redacted]";
  }
}
