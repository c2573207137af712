package io.tenantry.persistence.webhook;

import io.tenantry.application.mfa.SecretSealer;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.webhook.WebhookId;
import io.tenantry.domain.webhook.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Seals webhook signing secrets for their column with the configured secrets key (AES-256-GCM),
 * bound to their tenant and endpoint so a sealed value copied to another row does not open. Rows
 * written before sealing hold {@code whsec_…} in clear; they still read, and are sealed on read.
 */
final class WebhookSecretSeal {
  private final Supplier<SecretSealer> sealer;

  WebhookSecretSeal(Supplier<SecretSealer> sealer) {
    this.sealer = sealer;
  }

  String seal(WebhookSecret secret, TenantId tenant, WebhookId webhook) {
    return sealer
        .get()
        .seal(secret.value().getBytes(StandardCharsets.UTF_8), context(tenant, webhook));
  }

  WebhookSecret open(String stored, TenantId tenant, WebhookId webhook) {
    if (isClear(stored)) {
      return new WebhookSecret(stored);
    }
    byte[] clear = sealer.get().open(stored, context(tenant, webhook));
    return new WebhookSecret(new String(clear, StandardCharsets.UTF_8));
  }

  static boolean isClear(String stored) {
    return stored != null && stored.startsWith(WebhookSecret.PREFIX);
  }

  private static String context(TenantId tenant, WebhookId webhook) {
    return "webhook-secret:" + tenant.value() + ":" + webhook.value();
  }
}
