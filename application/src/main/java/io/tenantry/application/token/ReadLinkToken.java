package io.tenantry.application.token;

import io.tenantry.domain.auth.TokenPurpose;
import java.util.Optional;

/** Tells a hosted page whose tenant a mailed link belongs to, without redeeming it. */
public final class ReadLinkToken {
  private final OneTimeTokens oneTimeTokens;

  public ReadLinkToken(OneTimeTokens oneTimeTokens) {
    this.oneTimeTokens = oneTimeTokens;
  }

  /** The tenant's display name if {@code token} can still be redeemed for {@code purpose}. */
  public Optional<String> tenantName(String token, TokenPurpose purpose) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return oneTimeTokens.tenantIfRedeemable(token, purpose).map(t -> t.name().value());
  }
}
