package io.tenantry.rest.oauth;

import io.tenantry.application.oauth.OAuthException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads how a client authenticates (RFC 6749 §2.3): {@code client_secret_basic} (the Authorization
 * header, each part form-url-encoded), {@code client_secret_post} ({@code client_id} and {@code
 * client_secret} in the body) or {@code none} (a public client's {@code client_id} alone). Using
 * two methods at once is refused.
 */
public final class ClientCredentialsParser {
  private static final String BASIC = "basic ";

  private ClientCredentialsParser() {}

  /** A presented client id and, unless the client is public, its secret. */
  public record Presented(String clientId, Optional<String> secret) {
    @Override
    public String toString() {
      return "Presented[" + clientId + ", secret redacted]";
    }
  }

  public static Presented read(String authorization, OAuthForm form) {
    Optional<String> formId = form.optional("client_id");
    Optional<String> formSecret = form.optional("client_secret");
    if (authorization != null && !authorization.isBlank()) {
      if (formSecret.isPresent()) {
        throw OAuthException.invalidRequest("use one client authentication method");
      }
      Presented basic = basic(authorization);
      if (formId.isPresent() && !formId.get().equals(basic.clientId())) {
        throw OAuthException.invalidRequest("client_id does not match the Authorization header");
      }
      return basic;
    }
    return new Presented(formId.orElseThrow(OAuthException::invalidClient), formSecret);
  }

  private static Presented basic(String header) {
    if (header.length() <= BASIC.length()
        || !header.substring(0, BASIC.length()).toLowerCase(Locale.ROOT).equals(BASIC)) {
      throw OAuthException.invalidClient();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        throw OAuthException.invalidClient();
      }
      return new Presented(
          URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
          Optional.of(URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException e) {
      throw OAuthException.invalidClient();
    }
  }
}
