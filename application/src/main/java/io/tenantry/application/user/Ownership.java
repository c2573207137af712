package io.tenantry.application.user;

import io.tenantry.domain.shared.ConflictException;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;

/** The rule that a tenant always keeps at least one active owner, race-free. */
final class Ownership {
  private final UserRepository users;

  Ownership(UserRepository users) {
    this.users = users;
  }

  /** Serialises owner changes in this tenant; returns the number of active owners. */
  long lock() {
    return users.lockAndCountActiveOwners();
  }

  /** Refuses to take away the last active owner. */
  void requireAnotherOwner(User user, long activeOwners) {
    if (user.isActiveOwner() && activeOwners <= 1) {
      throw new ConflictException("last_owner", "a tenant must keep at least one active owner");
    }
  }
}
