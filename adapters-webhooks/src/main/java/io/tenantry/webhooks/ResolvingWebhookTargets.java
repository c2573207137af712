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
 * Resolves a webhook URL's host once and refuses it when any of its addresses is internal (see
 * {@link TargetAddresses}), unless {@code app.webhooks.allow-private-targets} is on, and refuses
 * plain {@code http} unless {@code app.webhooks.allow-http} is. Checked when an endpoint is saved
 * and again before every send, whose connection then goes to the address checked here.
 */
@ApplicationScoped
public class ResolvingWebhookTargets implements WebhookTargets {
  static final String CODE = "webhook_target_refused";

  private final WebhookConfig config;
  private final HostResolver resolver;

  @Inject
  public ResolvingWebhookTargets(WebhookConfig config) {
    this(config, HostResolver.SYSTEM);
  }

  ResolvingWebhookTargets(WebhookConfig config, HostResolver resolver) {
    this.config = config;
    this.resolver = resolver;
  }

  @Override
  public void requireAllowed(URI url) {
    if (config.allowPrivateTargets()) {
      requireScheme(url); // no address is refused: a name that resolves only later is fine
      return;
    }
    resolveAllowed(url);
  }

  @Override
  public InetAddress resolveAllowed(URI url) {
    requireScheme(url);
    String host = url.getHost();
    if (host == null) {
      throw refused("the URL names no host");
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(stripBrackets(host));
    } catch (UnknownHostException e) {
      throw refused("the host does not resolve");
    }
    if (addresses.length == 0) {
      throw refused("the host does not resolve");
    }
    if (!config.allowPrivateTargets()
        && Arrays.stream(addresses).anyMatch(TargetAddresses::isInternal)) {
      throw refused("the host resolves to a loopback, private or link-local address");
    }
    return addresses[0];
  }

  private void requireScheme(URI url) {
    if ("http".equalsIgnoreCase(url.getScheme()) && !config.allowHttp()) {
      throw refused("only https targets are allowed");
    }
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static RuleViolationException refused(String why) {
    return new RuleViolationException(CODE, "url", why);
  }
}
