package io.tenantry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Double-submit CSRF protection for the hosted forms: a random value in an HttpOnly, SameSite
 * cookie, and its HMAC in a hidden field. A forged form from another site can neither read the
 * cookie nor compute the HMAC, and a cookie planted by a sibling domain fails without the key.
 */
@ApplicationScoped
public class CsrfTokens {
  public static final String COOKIE = "tenantry_csrf";
  public static final String FIELD = "csrf_token";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final int BYTES = 32;

  private final SecureRandom random = new SecureRandom();
  private final SecretKeySpec key;

  public CsrfTokens(@ConfigProperty(name = "app.web.csrf-key") Optional<String> configured) {
    // Without a configured key each replica signs with its own; set it when running several.
    byte[] secret =
        configured
            .map(value -> value.getBytes(StandardCharsets.UTF_8))
            .orElseGet(() -> randomBytes(BYTES));
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The cookie value to keep (the one presented, if well formed) or a fresh one. */
  public String cookieValue(String presented) {
    if (presented != null && presented.matches("[A-Za-z0-9_-]{43}")) {
      return presented;
    }
    return ENCODER.encodeToString(randomBytes(BYTES));
  }

  /** The hidden form field that goes with {@code cookieValue}. */
  public String fieldFor(String cookieValue) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return ENCODER.encodeToString(
          mac.doFinal(("csrf:" + cookieValue).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /** Whether a submitted form's field matches the cookie its browser sent with it. */
  public boolean matches(String cookieValue, String field) {
    if (cookieValue == null || field == null || !cookieValue.equals(cookieValue(cookieValue))) {
      return false;
    }
    return MessageDigest.isEqual(
        fieldFor(cookieValue).getBytes(StandardCharsets.US_ASCII),
        field.getBytes(StandardCharsets.US_ASCII));
  }

  /** The cookie: HttpOnly, SameSite=Strict, Secure behind HTTPS, for the browser session. */
  public NewCookie cookie(String value, boolean secure) {
    return new NewCookie.Builder(COOKIE)
        .value(value)
        .path("/")
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
  }

  private byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }
}
