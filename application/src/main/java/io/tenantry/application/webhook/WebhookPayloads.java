package io.tenantry.application.webhook;

/** Writes a message as the JSON body receivers get; the REST adapter owns the resource shapes. */
public interface WebhookPayloads {
  String render(WebhookMessage message);
}
