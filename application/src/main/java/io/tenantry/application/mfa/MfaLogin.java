package io.tenantry.application.mfa;

import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.event.AccountLocked;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.event.LoginSucceeded;
import io.tenantry.application.event.MfaFailed;
import io.tenantry.application.mfa.SecondFactors.CodeRefusal;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.auth.OneTimeToken;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordAttempt;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The second step of a login, with the {@code mfa_token} the password step gave: a code for a
 * session, or (where the tenant requires MFA) setting up TOTP first. A code is counted toward the
 * lockout before it is checked, exactly like a password; a failure commits before it is answered.
 */
public final class MfaLogin {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final MfaTokens mfaTokens;
  private final SecondFactors factors;
  private final SessionIssuer sessions;
  private final LockoutPolicy lockout;
  private final DomainEvents events;
  private final Clock clock;

  public MfaLogin(
      UnitOfWork unitOfWork,
      UserRepository users,
      MfaTokens mfaTokens,
      SecondFactors factors,
      SessionIssuer sessions,
      LockoutPolicy lockout,
      DomainEvents events,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.mfaTokens = mfaTokens;
    this.factors = factors;
    this.sessions = sessions;
    this.lockout = lockout;
    this.events = events;
    this.clock = clock;
  }

  /** A current TOTP code or an unused recovery code for the token pair; 401 otherwise. */
  public TokenPair verify(String mfaToken, String code) {
    return verify(mfaToken, ClientId.API, code, this::apiSession);
  }

  /**
   * The same check for a token issued to {@code client}; a right code hands the user to {@code
   * onSuccess} in the unit of work that records the login (the hosted sign-in opens its session
   * there). A token of another client is refused like an unknown one.
   */
  public <T> T verify(
      String mfaToken, ClientId client, String code, BiFunction<TenantRef, User, T> onSuccess) {
    TenantSnapshot tenant = mfaTokens.tenantOf(mfaToken);
    Optional<T> result =
        unitOfWork.inTenant(
            tenant.ref(), () -> verifyCounted(tenant, mfaToken, client, code, onSuccess));
    return result.orElseThrow(SecondFactors::invalidCode);
  }

  /** Step one of a required enrolment: a pending secret for the token's user. */
  public TotpSetup startEnrolment(String mfaToken) {
    return startEnrolment(mfaToken, ClientId.API);
  }

  /** The same, for a token issued to {@code client}. */
  public TotpSetup startEnrolment(String mfaToken, ClientId client) {
    return inEnrolment(
        mfaToken, client, (tenant, token, user) -> factors.begin(tenant, user, clock.instant()));
  }

  /** Step two: a current code confirms the secret; recovery codes and a session come back. */
  public EnrolledLogin confirmEnrolment(String mfaToken, String code) {
    EnrolledSession<TokenPair> done =
        confirmEnrolment(mfaToken, ClientId.API, code, this::apiSession);
    return new EnrolledLogin(done.recoveryCodes(), done.session());
  }

  /** The same for a token of {@code client}, whose session {@code onSuccess} opens. */
  public <T> EnrolledSession<T> confirmEnrolment(
      String mfaToken, ClientId client, String code, BiFunction<TenantRef, User, T> onSuccess) {
    return inEnrolment(
        mfaToken,
        client,
        (tenant, token, user) -> {
          Instant now = clock.instant();
          if (!user.canLogIn(now)) {
            throw MfaTokens.invalid();
          }
          List<String> codes = factors.confirm(Initiator.of(user), user, code, now);
          mfaTokens.spend(token);
          return new EnrolledSession<>(codes, logIn(tenant, user, now, onSuccess));
        });
  }

  /** Runs {@code work} on an enrolment token and its user, in the token's tenant. */
  private <T> T inEnrolment(String mfaToken, ClientId client, Enrolment<T> work) {
    TenantSnapshot tenant = mfaTokens.tenantOf(mfaToken);
    return unitOfWork.inTenant(
        tenant.ref(),
        () -> {
          OneTimeToken token = mfaTokens.find(mfaToken, MfaChallenge.Kind.ENROL, client);
          User user = users.findById(token.userId()).orElseThrow(MfaTokens::invalid);
          return work.apply(tenant, token, user);
        });
  }

  private interface Enrolment<T> {
    T apply(TenantSnapshot tenant, OneTimeToken token, User user);
  }

  private <T> Optional<T> verifyCounted(
      TenantSnapshot tenant,
      String mfaToken,
      ClientId client,
      String code,
      BiFunction<TenantRef, User, T> onSuccess) {
    OneTimeToken token = mfaTokens.find(mfaToken, MfaChallenge.Kind.VERIFY, client);
    Instant now = clock.instant();
    // Counted before anything is loaded: the count is a statement of its own, and the user read
    // after it sees its effect.
    PasswordAttempt attempt = users.countPasswordAttempt(token.userId(), now, lockout);
    Optional<User> found = users.findById(token.userId());
    if (found.isEmpty()) {
      throw MfaTokens.invalid();
    }
    User user = found.get();
    Optional<MfaFailed.Reason> refusal = refusal(user, attempt, code, now);
    if (refusal.isPresent()) {
      events.publish(new MfaFailed(Initiator.of(user), tenant.id(), user.id(), refusal.get()));
      if (attempt.engagedLock()) {
        events.publish(
            new AccountLocked(Initiator.of(user), tenant.id(), user.id(), attempt.lockedUntil()));
      }
      return Optional.empty();
    }
    mfaTokens.spend(token);
    return Optional.of(logIn(tenant, user, now, onSuccess));
  }

  private Optional<MfaFailed.Reason> refusal(
      User user, PasswordAttempt attempt, String code, Instant now) {
    if (attempt.refused()) {
      return Optional.of(MfaFailed.Reason.LOCKED);
    }
    Optional<CodeRefusal> wrong = factors.check(user, code, now);
    if (wrong.isPresent()) {
      return Optional.of(
          wrong.get() == CodeRefusal.REPLAYED
              ? MfaFailed.Reason.REPLAYED_CODE
              : MfaFailed.Reason.WRONG_CODE);
    }
    // A right code lifts the lock its own counted attempt engaged, as a right password does.
    user.recordCorrectPassword();
    return user.canLogIn(now) ? Optional.empty() : Optional.of(MfaFailed.Reason.NOT_ACTIVE);
  }

  private <T> T logIn(
      TenantSnapshot tenant, User user, Instant now, BiFunction<TenantRef, User, T> onSuccess) {
    user.recordLogin(now);
    User saved = users.save(user);
    events.publish(new LoginSucceeded(Initiator.of(saved), tenant.id(), saved.id()));
    return onSuccess.apply(tenant.ref(), saved);
  }

  /**
   * A session of the JSON login API; its tokens say {@code amr: ["pwd","otp"]}, a recovery code
   * included (a single-use code of the same second factor).
   */
  private TokenPair apiSession(TenantRef tenant, User user) {
    return sessions.startSession(tenant, user, AuthMethods.PASSWORD_AND_OTP);
  }
}
