package io.tenantry.webhooks;

import io.tenantry.domain.webhook.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} per secret,
 * space-separated when a rotation leaves two secrets signing.
 */
public final class WebhookSignatures {
  private WebhookSignatures() {}

  public static String header(
      List<WebhookSecret> secrets, String messageId, long timestamp, String body) {
    String signed = messageId + "." + timestamp + "." + body;
    return secrets.stream()
        .map(secret -> "v1," + hmac(secret.key(), signed))
        .collect(Collectors.joining(" "));
  }

  private static String hmac(byte[] key, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }
}
