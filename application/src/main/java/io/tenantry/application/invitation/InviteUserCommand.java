package io.tenantry.application.invitation;

import io.tenantry.domain.user.DisplayName;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.Role;
import java.util.Set;

/** Who to invite into the caller's tenant, and with which roles. */
public record InviteUserCommand(Email email, DisplayName displayName, Set<Role> roles) {
  public InviteUserCommand {
    roles = Set.copyOf(roles);
  }
}
