package io.tenantry.domain.webhook;

import java.util.Base64;
import java.util.Objects;

/**
 * A signing secret in the Standard Webhooks form {@code whsec_<base64>}: the bytes after the prefix
 * are the HMAC-SHA256 key.
 */
public record WebhookSecret(String value) {
  public static final String PREFIX = "whsec_";

  public WebhookSecret {
    Objects.requireNonNull(value, "value");
    if (!value.startsWith(PREFIX)) {
      throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
    }
  }

  public static WebhookSecret of(byte[] key) {
    return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
  }

  /** The HMAC key: the base64-decoded part after {@code whsec_}. */
  public byte[] key() {
    return Base64.getDecoder().decode(value.substring(PREFIX.length()));
  }

  @Override
  public String toString() {
    return "WebhookSecret[redacted]";
  }
}
