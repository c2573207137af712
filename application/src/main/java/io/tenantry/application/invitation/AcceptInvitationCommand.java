package io.tenantry.application.invitation;

import io.tenantry.domain.user.DisplayName;

/** An invitation token, the password the invitee chose and the name they go by. */
public record AcceptInvitationCommand(String token, String password, DisplayName displayName) {
  @Override
  public String toString() {
    return "AcceptInvitationCommand[redacted]";
  }
}
