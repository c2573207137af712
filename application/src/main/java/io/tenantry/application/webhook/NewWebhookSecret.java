package io.tenantry.application.webhook;

import io.tenantry.domain.webhook.WebhookSecret;

/** An endpoint with the secret just made for it: shown this once. */
public record NewWebhookSecret(WebhookView view, WebhookSecret secret) {}
