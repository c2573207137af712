package io.tenantry.application.oauth;

import io.tenantry.application.auth.TokenPair;
import java.util.Optional;

/** What an exchanged code yields: a token pair and, with scope {@code openid}, an ID token. */
public record CodeTokens(TokenPair pair, Optional<String> idToken) {
  @Override
  public String toString() {
    return "CodeTokens[redacted]";
  }
}
