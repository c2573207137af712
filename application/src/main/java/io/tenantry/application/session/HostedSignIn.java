package io.tenantry.application.session;

import io.tenantry.application.mfa.EnrolledSession;
import io.tenantry.application.mfa.MfaLogin;
import io.tenantry.application.mfa.TotpSetup;
import io.tenantry.domain.auth.AuthMethods;
import io.tenantry.domain.client.ClientId;

/**
 * The hosted sign-in with its second step, for one client (an OAuth client's code flow, or the
 * {@code /account} pages): the password as {@link Login} checks it, then, where the account has MFA
 * or the tenant requires it, a code or the enrolment through {@link MfaLogin}, the very use cases
 * behind {@code /api/v1/auth/login} and {@code /api/v1/auth/mfa/*}. Each success opens a pages
 * session whose tokens say how the user authenticated ({@code amr}).
 */
public final class HostedSignIn {
  /** The client the {@code /account} sign-in binds its {@code mfa_token} to (no OAuth client). */
  public static final ClientId ACCOUNT_PAGES = new ClientId("tenantry-account");

  private final Login login;
  private final MfaLogin mfaLogin;
  private final PageSessions pages;

  public HostedSignIn(Login login, MfaLogin mfaLogin, PageSessions pages) {
    this.login = login;
    this.mfaLogin = mfaLogin;
    this.pages = pages;
  }

  /** The password step; any failure is {@code invalid_credentials}, as on every login. */
  public SignInStep signIn(LoginCommand command, ClientId client) {
    return login.login(
        command,
        client,
        (tenant, user) -> SignInStep.signedIn(pages.open(tenant, user, AuthMethods.PASSWORD)),
        SignInStep::secondStep);
  }

  /**
   * A TOTP or recovery code for the {@code mfa_token} of {@code client}: the new pages cookie. A
   * wrong code counts toward the lockout and is {@code invalid_mfa_code}; an unknown, expired, used
   * or foreign token is {@code invalid_token}.
   */
  public String verify(String mfaToken, ClientId client, String code) {
    return mfaLogin.verify(
        mfaToken,
        client,
        code,
        (tenant, user) -> pages.open(tenant, user, AuthMethods.PASSWORD_AND_OTP));
  }

  /** A required enrolment's pending secret, for the {@code mfa_token} of {@code client}. */
  public TotpSetup startEnrolment(String mfaToken, ClientId client) {
    return mfaLogin.startEnrolment(mfaToken, client);
  }

  /** Confirms the enrolment with a code: the recovery codes (shown once) and the pages cookie. */
  public EnrolledSession<String> confirmEnrolment(String mfaToken, ClientId client, String code) {
    return mfaLogin.confirmEnrolment(
        mfaToken,
        client,
        code,
        (tenant, user) -> pages.open(tenant, user, AuthMethods.PASSWORD_AND_OTP));
  }
}
