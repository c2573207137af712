package io.tenantry.application.webhook;

import io.tenantry.domain.webhook.DeliveryAttempt;
import io.tenantry.domain.webhook.WebhookSecret;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Signs a message the Standard Webhooks way (one {@code v1,} signature per secret) and posts it to
 * an endpoint with {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}, a
 * short timeout and no redirects followed.
 */
public interface WebhookSender {
  /**
   * Connects to {@code address} (checked by {@link WebhookTargets#resolveAllowed}) without
   * resolving the host again, while the URL's host name still serves TLS (SNI, certificate) and
   * {@code Host}. Never throws for the receiver's failures: they are part of the attempt.
   */
  DeliveryAttempt post(
      URI url,
      InetAddress address,
      String messageId,
      Instant at,
      List<WebhookSecret> secrets,
      String body);
}
