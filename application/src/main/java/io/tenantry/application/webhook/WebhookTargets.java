package io.tenantry.application.webhook;

import java.net.URI;

/**
 * Decides whether a webhook may be sent to a URL: resolves its host and refuses loopback, private,
 * link-local and other internal addresses unless configured otherwise.
 */
public interface WebhookTargets {
  /** Throws a {@code webhook_target_refused} rule violation for a refused target. */
  void requireAllowed(URI url);
}
