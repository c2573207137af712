package io.tenantry.application.account;

/** An invitation token, the password the invitee chose and the name they go by. */
public record AcceptInvitationCommand(String token, String password, String displayName) {
  @Override
  public String toString() {
    return "AcceptInvitationCommand[redacted]";
  }
}
