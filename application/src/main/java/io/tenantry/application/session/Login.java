package io.tenantry.application.session;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.function.BiFunction;

/** Logs in with tenant, e-mail and password and starts a new session (a token pair). */
public final class Login {
  private final Credentials credentials;
  private final SessionIssuer sessions;

  public Login(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      PasswordHasher hasher,
      LockoutPolicy lockout,
      SessionIssuer sessions,
      DomainEvents events,
      Clock clock) {
    this.credentials = new Credentials(unitOfWork, tenants, users, hasher, lockout, events, clock);
    this.sessions = sessions;
  }

  /** Any failure is the same {@code invalid_credentials}, after the same amount of hashing. */
  public TokenPair login(LoginCommand command) {
    return credentials.verify(command, sessions::startSession);
  }

  /**
   * Logs in exactly like {@link #login(LoginCommand)}, but hands the user to {@code onSuccess} in
   * the unit of work that records the login (the hosted sign-in page opens its session there).
   */
  public <T> T login(LoginCommand command, BiFunction<TenantRef, User, T> onSuccess) {
    return credentials.verify(command, onSuccess);
  }
}
