package io.tenantry.application.user;

import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.mail.MailOutbox;
import io.tenantry.application.mail.MailTemplate;
import io.tenantry.application.mail.OutboundMail;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.domain.auth.OneTimeToken;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.ScopedToken;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.tenant.Tenant;
import io.tenantry.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Issues an invitation token for an invited user and queues the mail that carries its link. */
public final class Invitations {
  private final OneTimeTokenRepository tokens;
  private final MailOutbox outbox;
  private final SecureTokens secureTokens;
  private final AuthSettings settings;
  private final Clock clock;

  public Invitations(
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

  /** Call inside the tenant's unit of work, so token, mail and user commit together. */
  public void send(Tenant tenant, User invitee) {
    Instant now = clock.instant();
    ScopedToken token = ScopedToken.compose(tenant.id(), secureTokens.newSecret());
    tokens.save(
        OneTimeToken.issue(
            invitee.id(),
            TokenPurpose.INVITATION,
            token.hash(),
            now,
            now.plus(settings.invitationTtl())));
    outbox.enqueue(
        new OutboundMail(
            tenant.id(),
            invitee.email(),
            MailTemplate.INVITATION,
            Map.of(
                "tenant_name", tenant.name().value(),
                "display_name", invitee.displayName().value(),
                "link", settings.publicUrl() + "/accept-invitation?token=" + token.value(),
                "expires_at", now.plus(settings.invitationTtl()).toString())));
  }
}
