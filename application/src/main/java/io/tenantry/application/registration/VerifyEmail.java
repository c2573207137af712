package io.tenantry.application.registration;

import io.tenantry.application.event.EmailVerified;
import io.tenantry.application.event.Initiator;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.token.OneTimeTokens;
import io.tenantry.domain.auth.TokenPurpose;
import io.tenantry.domain.user.User;
import io.tenantry.domain.user.UserRepository;

/** Marks a user's address verified with the single-use link they were mailed. */
public final class VerifyEmail {
  private final OneTimeTokens oneTimeTokens;
  private final UserRepository users;
  private final DomainEvents events;

  public VerifyEmail(OneTimeTokens oneTimeTokens, UserRepository users, DomainEvents events) {
    this.oneTimeTokens = oneTimeTokens;
    this.users = users;
    this.events = events;
  }

  public void verifyEmail(String token) {
    oneTimeTokens.redeem(
        token,
        TokenPurpose.EMAIL_VERIFICATION,
        (tenant, user, now) -> {
          user.verifyEmail(now);
          User saved = users.save(user);
          events.publish(new EmailVerified(Initiator.of(saved), tenant.id(), saved.id()));
          return saved;
        });
  }
}
