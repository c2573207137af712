package io.tenantry.application.webhook;

import io.tenantry.domain.webhook.WebhookDeliveries;
import io.tenantry.domain.webhook.WebhookRepository;

/** The driven ports of the webhook flows, grouped so {@code Ports} grows by one. */
public record WebhookPorts(
    WebhookRepository endpoints,
    WebhookDeliveries deliveries,
    WebhookTargets targets,
    WebhookSender sender,
    WebhookPayloads payloads,
    CurrentTenant current) {}
