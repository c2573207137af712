package io.tenantry.application;

import io.tenantry.application.webhook.DispatchWebhooks;
import io.tenantry.application.webhook.PendingTenants;
import io.tenantry.application.webhook.Webhooks;

/** The webhook flows: endpoints managed by a tenant, and the job that delivers their events. */
final class WebhookWiring {
  final Webhooks webhooks;
  final DispatchWebhooks dispatchWebhooks;

  WebhookWiring(Collaborators c) {
    var hooks = c.hooks;
    webhooks =
        new Webhooks(
            c.uow,
            hooks.endpoints(),
            hooks.deliveries(),
            hooks.targets(),
            hooks.payloads(),
            c.ports.secureTokens(),
            c.events,
            c.clock);
    dispatchWebhooks =
        new DispatchWebhooks(
            c.uow,
            c.ports.pendingWork(),
            hooks,
            new PendingTenants(),
            c.settings.webhookRetry(),
            c.settings.webhookDisableAfter(),
            c.events,
            c.clock);
  }
}
