package io.tenantry.application.auth;

import io.tenantry.application.shared.Actor;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.NotFoundException;
import io.tenantry.domain.user.PasswordAttempt;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks the caller's own password before a sensitive change (a new password, MFA off), counted
 * toward the lockout like a login: a short unit of work reads the user and counts the attempt, the
 * hash runs outside any unit of work (no pooled connection is held while it burns a core), and a
 * wrong password whose attempt engaged the lock announces it before the refusal.
 */
public final class PasswordRecheck {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordAttempts attempts;

  public PasswordRecheck(
      UnitOfWork unitOfWork,
      UserRepository users,
      PasswordHasher hasher,
      PasswordAttempts attempts) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.hasher = hasher;
    this.attempts = attempts;
  }

  /** The user as read when the attempt was counted, and the stored hash the password matched. */
  public record Checked(User user, PasswordHash hash) {}

  /** The checked account, or {@code wrong} when the password is not the caller's. */
  public Checked check(Actor actor, String password, Supplier<RuntimeException> wrong) {
    Counted counted = unitOfWork.inTenant(actor.tenantRef(), () -> count(actor));
    boolean matches =
        counted.hash().isPresent()
            && !counted.attempt().refused()
            && hasher.verify(password, counted.hash().get());
    if (!matches) {
      if (counted.attempt().engagedLock()) {
        unitOfWork.inTenant(
            actor.tenantRef(),
            () ->
                attempts.announceLock(
                    counted.attempt(), actor.initiator(), actor.tenantId(), actor.userId()));
      }
      throw wrong.get();
    }
    return new Checked(counted.user(), counted.hash().get());
  }

  /** Reads the user and counts the attempt before the password is hashed. */
  private Counted count(Actor actor) {
    User user =
        users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("user not found"));
    Optional<PasswordHash> hash = user.passwordHash();
    PasswordAttempt attempt = hash.isPresent() ? attempts.count(user.id()) : PasswordAttempt.gone();
    return new Counted(user, hash, attempt);
  }

  private record Counted(User user, Optional<PasswordHash> hash, PasswordAttempt attempt) {}
}
