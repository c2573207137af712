package io.tenantry.application.user;

import io.tenantry.application.access.SessionGuard;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.Page;
import io.tenantry.domain.user.Permission;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserRepository;

/** Reads the caller's tenant's users: yourself, the searchable directory, one user. */
public final class ReadUsers {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final ManagedUsers managed;
  private final SessionGuard guard;

  public ReadUsers(UnitOfWork unitOfWork, UserRepository users, SessionGuard guard) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.managed = new ManagedUsers(users);
    this.guard = guard;
  }

  /**
   * The caller, from the copy the authentication of this request just used (no transaction, no
   * query on a warm replica; every write to the user drops that copy); read when it is gone.
   */
  public UserView me(Actor actor) {
    return guard
        .cachedProfile(actor.tenantId(), actor.userId())
        .map(snapshot -> UserView.of(User.restore(snapshot)))
        .orElseGet(
            () ->
                unitOfWork.inTenant(
                    actor.tenantRef(), () -> UserView.of(managed.load(actor.userId()))));
  }

  public Page<UserView> search(Actor actor, UserQuery query) {
    actor.require(Permission.USERS_READ);
    return unitOfWork.inTenant(actor.tenantRef(), () -> users.search(query).map(UserView::of));
  }

  public UserView get(Actor actor, UserId id) {
    actor.require(Permission.USERS_READ);
    return unitOfWork.inTenant(actor.tenantRef(), () -> UserView.of(managed.load(id)));
  }
}
