package io.tenantry.webhooks;

import io.tenantry.application.webhook.WebhookTargets;
import io.tenantry.domain.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Resolves a webhook URL's host and refuses it when any of its addresses is internal (see {@link
 * TargetAddresses}), unless {@code app.webhooks.allow-private-targets} is on. Checked when an
 * endpoint is saved and again before every send, since DNS answers can change.
 */
@ApplicationScoped
public class ResolvingWebhookTargets implements WebhookTargets {
  static final String CODE = "webhook_target_refused";

  @Inject WebhookConfig config;

  @Override
  public void requireAllowed(URI url) {
    if (config.allowPrivateTargets()) {
      return;
    }
    String host = url.getHost();
    if (host == null) {
      throw refused("the URL names no host");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(stripBrackets(host));
    } catch (UnknownHostException e) {
      throw refused("the host does not resolve");
    }
    if (Arrays.stream(addresses).anyMatch(TargetAddresses::isInternal)) {
      throw refused("the host resolves to a loopback, private or link-local address");
    }
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static RuleViolationException refused(String why) {
    return new RuleViolationException(CODE, "url", why);
  }
}
