package io.tenantry.application.oauth;

import io.tenantry.application.session.Authenticate;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;

/**
 * The OpenID Connect UserInfo of a bearer token's user, after the same checks as every API call (a
 * client credentials token names no user and is refused the same way).
 */
public final class ReadUserInfo {
  private final UnitOfWork unitOfWork;
  private final Authenticate authenticate;
  private final UserRepository users;

  public ReadUserInfo(UnitOfWork unitOfWork, Authenticate authenticate, UserRepository users) {
    this.unitOfWork = unitOfWork;
    this.authenticate = authenticate;
    this.users = users;
  }

  public UserInfo read(String bearerToken) {
    Actor actor = authenticate.authenticate(bearerToken);
    User user =
        unitOfWork
            .inTenant(actor.tenantRef(), () -> users.findById(actor.userId()))
            .orElseThrow(
                () -> new AuthenticationException("unauthenticated", "the user no longer exists"));
    return new UserInfo(
        user.id(),
        user.email(),
        user.emailVerified(),
        user.displayName(),
        actor.tenantRef(),
        actor.roles());
  }
}
