package io.tenantry.application.invitation;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.event.UserInvited;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.RoleRules;
import io.tenantry.application.user.NewUsers;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import java.time.Clock;
import java.util.Optional;

/**
 * Invites someone into the caller's tenant: checks the caller may grant every role, creates the
 * invited user, issues the single-use invitation link and queues its mail, in one unit of work.
 */
public final class InviteUser {
  private final TenantDirectory tenants;
  private final NewUsers newUsers;
  private final Clock clock;

  public InviteUser(TenantDirectory tenants, NewUsers newUsers, Clock clock) {
    this.tenants = tenants;
    this.newUsers = newUsers;
    this.clock = clock;
  }

  public UserView invite(Actor actor, InviteUserCommand command) {
    actor.require(Permission.USERS_WRITE);
    command.roles().forEach(role -> RoleRules.requireAssignable(actor, role));
    TenantSnapshot tenant = tenants.byId(actor.tenantId()).orElseThrow();
    return newUsers.addAlone(
        tenant,
        User.invite(
            tenant.id(), command.email(), command.displayName(), command.roles(), clock.instant()),
        Optional.of(TokenPurpose.INVITATION),
        invited ->
            new UserInvited(
                actor.initiator(), tenant.id(), invited.id(), invited.email(), command.roles()));
  }
}
