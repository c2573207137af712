package io.tenantry.application.user;

import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.RoleRules;
import io.tenantry.application.shared.Versions;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserRepository;
import java.util.OptionalLong;

/** Loads users for the directory's use cases, and the ones an actor may manage. */
final class ManagedUsers {
  private final UserRepository users;

  ManagedUsers(UserRepository users) {
    this.users = users;
  }

  User load(UserId id) {
    return users.findById(id).orElseThrow(() -> new NotFoundException("user not found"));
  }

  /** A user the actor may manage: nobody manages someone holding a role they cannot grant. */
  User loadManageable(Actor actor, UserId id, OptionalLong expected) {
    User user = load(id);
    Versions.check(expected, user.revision().version());
    if (!user.id().equals(actor.userId())) {
      user.roles().forEach(role -> RoleRules.requireAssignable(actor, role));
    }
    return user;
  }
}
