package io.tenantry.application.invitation;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.event.UserInvited;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.RoleRules;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.token.OneTimeTokens;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;

/**
 * Invites someone into the caller's tenant: checks the caller may grant every role, creates the
 * invited user, issues the single-use invitation link and queues its mail, in one unit of work.
 */
public final class InviteUser {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final OneTimeTokens oneTimeTokens;
  private final DomainEvents events;
  private final Clock clock;

  public InviteUser(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      OneTimeTokens oneTimeTokens,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.oneTimeTokens = oneTimeTokens;
    this.events = events;
    this.clock = clock;
  }

  public UserView invite(Actor actor, InviteUserCommand command) {
    actor.require(Permission.USERS_WRITE);
    command.roles().forEach(role -> RoleRules.requireAssignable(actor, role));
    TenantSnapshot tenant = tenants.byId(actor.tenantId()).orElseThrow();
    return unitOfWork.inTenant(
        tenant.ref(),
        () -> {
          User invited =
              users.save(
                  User.invite(
                      tenant.id(),
                      command.email(),
                      command.displayName(),
                      command.roles(),
                      clock.instant()));
          oneTimeTokens.issue(tenant, invited, TokenPurpose.INVITATION);
          events.publish(
              new UserInvited(
                  actor.initiator(), tenant.id(), invited.id(), invited.email(), command.roles()));
          return UserView.of(invited);
        });
  }
}
