package io.tenantry.application.mail;

import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.domain.auth.OneTimeToken;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The mails that carry a one-time link: invitation, e-mail verification and password reset. Each
 * issues a hashed single-use token and queues the mail in the caller's unit of work, so the token,
 * the mail and the change they announce commit together.
 */
public final class AccountMails {
  private final OneTimeTokenRepository tokens;
  private final MailOutbox outbox;
  private final SecureTokens secureTokens;
  private final AuthSettings settings;
  private final Clock clock;

  public AccountMails(
      OneTimeTokenRepository tokens,
      MailOutbox outbox,
      SecureTokens secureTokens,
      AuthSettings settings,
      Clock clock) {
    this.tokens = tokens;
    this.outbox = outbox;
    this.secureTokens = secureTokens;
    this.settings = settings;
    this.clock = clock;
  }

  public void sendInvitation(Tenant tenant, User invitee) {
    send(tenant, invitee, TokenPurpose.INVITATION, MailTemplate.INVITATION, "/accept-invitation");
  }

  public void sendVerification(Tenant tenant, User user) {
    send(
        tenant,
        user,
        TokenPurpose.EMAIL_VERIFICATION,
        MailTemplate.EMAIL_VERIFICATION,
        "/verify-email");
  }

  public void sendPasswordReset(Tenant tenant, User user) {
    send(tenant, user, TokenPurpose.PASSWORD_RESET, MailTemplate.PASSWORD_RESET, "/reset-password");
  }

  private void send(
      Tenant tenant, User user, TokenPurpose purpose, MailTemplate template, String path) {
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime(purpose));
    ScopedToken token = ScopedToken.compose(tenant.id(), secureTokens.newSecret());
    tokens.save(OneTimeToken.issue(user.id(), purpose, token.hash(), now, expires));
    outbox.enqueue(
        new OutboundMail(
            tenant.id(),
            user.email(),
            template,
            Map.of(
                "tenant_name", tenant.name().value(),
                "display_name", user.displayName().value(),
                "link", settings.publicUrl() + path + "?token=" + token.value(),
                "expires_at", expires.toString())));
  }

  private Duration lifetime(TokenPurpose purpose) {
    return switch (purpose) {
      case INVITATION -> settings.invitationTtl();
      case EMAIL_VERIFICATION -> settings.verificationTtl();
      case PASSWORD_RESET -> settings.passwordResetTtl();
    };
  }
}
