package io.tenantry.application.webhook;

import java.net.InetAddress;
import java.net.URI;

/**
 * Decides whether a webhook may be sent to a URL: resolves its host and refuses loopback, private,
 * link-local and other internal addresses, and plain {@code http} where only HTTPS is allowed,
 * unless configured otherwise.
 */
public interface WebhookTargets {
  /**
   * Resolves the URL's host once and returns the checked address the message must be sent to, so a
   * DNS answer that changes between the check and the connection (rebinding) cannot lead inside.
   * Throws a {@code webhook_target_refused} rule violation for a refused target.
   */
  InetAddress resolveAllowed(URI url);

  /** The same check when an endpoint is saved, where the address itself is not needed. */
  default void requireAllowed(URI url) {
    resolveAllowed(url);
  }
}
