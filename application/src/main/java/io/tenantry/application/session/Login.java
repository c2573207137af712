package io.tenantry.application.session;

import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.auth.PasswordAttempts;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.mfa.MfaChallenge;
import io.tenantry.application.mfa.MfaStepRequiredException;
import io.tenantry.application.mfa.MfaTokens;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.shared.ForbiddenException;
import io.tenantry.domain.tenant.TenantRef;
import io.tenantry.domain.tenant.TenantSnapshot;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Logs in with tenant, e-mail and password and starts a new session (a token pair), or, where the
 * user has MFA or the tenant requires it, hands out the {@code mfa_token} of the second step.
 */
public final class Login {
  private final Credentials credentials;
  private final SessionIssuer sessions;
  private final MfaTokens mfaTokens;

  public Login(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      PasswordHasher hasher,
      PasswordAttempts attempts,
      SessionIssuer sessions,
      MfaTokens mfaTokens,
      DomainEvents events,
      Clock clock) {
    this.credentials = new Credentials(unitOfWork, tenants, users, hasher, attempts, events, clock);
    this.sessions = sessions;
    this.mfaTokens = mfaTokens;
  }

  /**
   * Any failure is the same {@code invalid_credentials}, after the same amount of hashing; a right
   * password that needs a second step is {@link MfaStepRequiredException}.
   */
  public TokenPair login(LoginCommand command) {
    LoginOutcome outcome = begin(command);
    if (outcome.challenge() != null) {
      throw new MfaStepRequiredException(outcome.challenge());
    }
    return outcome.tokens();
  }

  /** The same check, answering the second step as a value (for pages that show it). */
  public LoginOutcome begin(LoginCommand command) {
    return credentials.verify(
        command,
        new Credentials.Continuation<>(
            (tenant, user) -> new LoginOutcome(sessions.startSession(tenant, user), null),
            (tenant, user) -> new LoginOutcome(null, challenge(tenant, user, ClientId.API))));
  }

  /**
   * Logs in exactly like {@link #login(LoginCommand)}, but hands the user to {@code onSuccess} in
   * the unit of work that records the login (the hosted sign-in page opens its session there).
   */
  public <T> T login(LoginCommand command, BiFunction<TenantRef, User, T> onSuccess) {
    return credentials.verify(
        command,
        new Credentials.Continuation<>(
            onSuccess,
            // A caller that cannot ask for the second factor never opens a session without it.
            (tenant, user) -> {
              throw new ForbiddenException(
                  user.mfaEnabled() ? "mfa_required" : "mfa_enrollment_required",
                  "this account needs a second factor, which this page does not ask for yet");
            }));
  }

  /**
   * Logs in for {@code client} (the hosted sign-in): a user without a second step goes to {@code
   * onSuccess} in the unit of work that records the login; one with MFA, or without it where the
   * tenant requires it, to {@code onSecondStep} with an {@code mfa_token} only {@code client} may
   * redeem.
   */
  public <T> T login(
      LoginCommand command,
      ClientId client,
      BiFunction<TenantRef, User, T> onSuccess,
      Function<MfaChallenge, T> onSecondStep) {
    return credentials.verify(
        command,
        new Credentials.Continuation<>(
            onSuccess, (tenant, user) -> onSecondStep.apply(challenge(tenant, user, client))));
  }

  /** The second step's {@code mfa_token}: verify a factor, or enrol one first. */
  private MfaChallenge challenge(TenantSnapshot tenant, User user, ClientId client) {
    MfaChallenge.Kind kind = user.mfaEnabled() ? MfaChallenge.Kind.VERIFY : MfaChallenge.Kind.ENROL;
    return mfaTokens.issue(tenant, user.id(), kind, client);
  }
}
