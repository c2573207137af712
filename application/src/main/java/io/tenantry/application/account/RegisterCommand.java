package io.tenantry.application.account;

/** A self-registration as sent by the person registering. */
public record RegisterCommand(String tenant, String email, String password, String displayName) {
  @Override
  public String toString() {
    return "RegisterCommand[" + tenant + ", " + email + ", redacted]";
  }
}
