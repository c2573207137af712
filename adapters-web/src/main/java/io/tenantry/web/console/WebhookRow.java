package io.tenantry.web.console;

import io.quarkus.qute.TemplateData;
import io.tenantry.application.webhook.WebhookView;

/** A webhook endpoint as the console lists it: never its signing secret. */
@TemplateData
public record WebhookRow(String id, String url, String events, boolean enabled, String created) {

  static WebhookRow of(WebhookView hook) {
    return new WebhookRow(
        hook.id().value().toString(),
        hook.url().toString(),
        String.join(" ", hook.events().stream().sorted().toList()),
        hook.enabled(),
        UserRow.time(hook.createdAt()));
  }
}
