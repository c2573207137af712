package io.tenantry.application.session;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.PasswordAttempts;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.LoginFailed;
import io.tenantry.application.event.LoginFailed.Reason;
import io.tenantry.application.event.LoginSucceeded;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.shared.AuthenticationException;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.Email;
import io.tenantry.domain.user.PasswordAttempt;
import io.tenantry.domain.user.PasswordHash;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Checks a tenant, e-mail and password. Every failure path runs exactly one password hash
 * verification and ends in the same exception, so neither the answer nor its timing tells which
 * part was wrong. The hash runs outside any unit of work (no pooled connection is held while it
 * burns a core): a short read counts the attempt, then the hash, then a short write.
 */
final class Credentials {
  private final UnitOfWork unitOfWork;
  private final TenantDirectory tenants;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordAttempts attempts;
  private final DomainEvents events;
  private final Clock clock;

  Credentials(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      PasswordHasher hasher,
      PasswordAttempts attempts,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.tenants = tenants;
    this.users = users;
    this.hasher = hasher;
    this.attempts = attempts;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Verifies the credentials and, on success, hands the user to {@code onSuccess} in the unit of
   * work that records the login. A failure is recorded in a unit of work that commits before the
   * caller hears of it.
   */
  <T> T verify(LoginCommand command, Continuation<T> onSuccess) {
    String password = command.password() == null ? "" : command.password();
    Optional<TenantSnapshot> tenant = command.tenant().flatMap(tenants::bySlug);
    if (tenant.isEmpty() || command.email().isEmpty()) {
      hasher.verifyDummy(password);
      throw invalidCredentials();
    }
    TenantSnapshot found = tenant.get();
    Email email = command.email().get();
    Candidate candidate = unitOfWork.inTenant(found.ref(), () -> count(found, email));
    if (candidate.settled()) {
      hasher.verifyDummy(password);
      throw invalidCredentials();
    }
    boolean matches = hasher.verify(password, candidate.hash());
    Optional<PasswordHash> upgrade =
        matches && hasher.needsRehash(candidate.hash())
            ? Optional.of(hasher.hash(password))
            : Optional.empty();
    Optional<T> result =
        unitOfWork.inTenant(
            found.ref(), () -> conclude(found, candidate, matches, upgrade, onSuccess));
    return result.orElseThrow(Credentials::invalidCredentials);
  }

  /**
   * Finds the account and counts the attempt before any hashing; an unknown, password-less or
   * locked account is settled (recorded as failed) here.
   */
  private Candidate count(TenantSnapshot tenant, Email email) {
    Optional<User> found = users.findByEmail(email);
    Optional<PasswordHash> hash = found.flatMap(User::passwordHash);
    if (hash.isEmpty()) {
      failure(tenant, found, email, found.isEmpty() ? Reason.UNKNOWN_ACCOUNT : Reason.NO_PASSWORD);
      return Candidate.SETTLED;
    }
    User user = found.get();
    PasswordAttempt attempt = attempts.count(user.id());
    if (attempt.refused()) {
      failure(tenant, found, email, Reason.LOCKED);
      return Candidate.SETTLED;
    }
    return new Candidate(false, user, hash.get(), attempt);
  }

  private <T> Optional<T> conclude(
      TenantSnapshot tenant,
      Candidate candidate,
      boolean matches,
      Optional<PasswordHash> upgrade,
      Continuation<T> onSuccess) {
    User counted = candidate.user();
    if (!matches) {
      failure(tenant, Optional.of(counted), counted.email(), Reason.WRONG_PASSWORD);
      lockedBy(tenant, candidate);
      return Optional.empty();
    }
    Optional<User> current = users.findById(counted.id());
    Optional<Reason> refusal = current.flatMap(user -> refusal(tenant, user, candidate.hash()));
    if (current.isEmpty() || refusal.isPresent()) {
      failure(tenant, current, counted.email(), refusal.orElse(Reason.UNKNOWN_ACCOUNT));
      // A right password of an MFA user still counts: its attempt may be the one that locks.
      lockedBy(tenant, candidate);
      return Optional.empty();
    }
    User user = current.get();
    upgrade.ifPresent(user::upgradePasswordHash);
    if (user.mfaEnabled() || tenant.mfaRequired()) {
      // Not logged in yet: no login recorded, no session; the second step does both.
      return Optional.of(onSuccess.secondStep(tenant, users.save(user)));
    }
    user.recordLogin(clock.instant());
    User saved = users.save(user);
    events.publish(new LoginSucceeded(Initiator.of(saved), tenant.id(), saved.id()));
    return Optional.of(onSuccess.loggedIn(tenant.ref(), saved));
  }

  /**
   * Why a user whose password was right may still not log in. The lock is not among the reasons: an
   * attempt on a locked account is never checked, and a lock engaged by a later-counted attempt is
   * lifted by this earlier-counted correct one, as if they had run one after the other.
   */
  private Optional<Reason> refusal(TenantSnapshot tenant, User user, PasswordHash checked) {
    if (!tenant.isActive()) {
      return Optional.of(Reason.TENANT_SUSPENDED);
    }
    if (!user.passwordHash().equals(Optional.of(checked))) {
      // Changed while the old one was being checked: the old password is no longer valid.
      return Optional.of(Reason.WRONG_PASSWORD);
    }
    if (!user.mfaEnabled()) {
      user.recordCorrectPassword();
    }
    // With a second factor the password alone proves little: its counted attempt stays counted
    // until a right code, so alternating right passwords and wrong codes cannot dodge the lock.
    boolean active = user.canLogIn(clock.instant());
    if (active && user.emailVerifiedIfRequired()) {
      return Optional.empty();
    }
    // Refused although the password was right: still forget the counted attempt, so that an
    // unverified account is not locked by its owner's own right passwords.
    users.save(user);
    return Optional.of(active ? Reason.EMAIL_UNVERIFIED : Reason.NOT_ACTIVE);
  }

  /** Announces the lock when this counted attempt is the one that engaged it. */
  private void lockedBy(TenantSnapshot tenant, Candidate candidate) {
    User counted = candidate.user();
    attempts.announceLock(candidate.attempt(), Initiator.of(counted), tenant.id(), counted.id());
  }

  /** Records the failure in the current unit of work, which commits before the 401. */
  private void failure(TenantSnapshot tenant, Optional<User> user, Email email, Reason reason) {
    events.publish(
        new LoginFailed(
            user.map(Initiator::of).orElse(Initiator.NONE),
            tenant.id(),
            user.map(User::id),
            email,
            reason));
  }

  /** What a right password leads to: a session at once, or a second step first. */
  record Continuation<T>(
      BiFunction<TenantRef, User, T> onLoggedIn, BiFunction<TenantSnapshot, User, T> onSecondStep) {
    T loggedIn(TenantRef tenant, User user) {
      return onLoggedIn.apply(tenant, user);
    }

    T secondStep(TenantSnapshot tenant, User user) {
      return onSecondStep.apply(tenant, user);
    }
  }

  /** The account found and counted by the first, short unit of work. */
  private record Candidate(boolean settled, User user, PasswordHash hash, PasswordAttempt attempt) {
    static final Candidate SETTLED = new Candidate(true, null, null, null);
  }

  private static AuthenticationException invalidCredentials() {
    return new AuthenticationException("invalid_credentials", "invalid credentials");
  }
}
