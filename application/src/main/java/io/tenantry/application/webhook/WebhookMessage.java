package io.tenantry.application.webhook;

import io.tenantry.application.tenant.TenantView;
import io.tenantry.application.user.UserView;
import io.tenantry.domain.tenant.TenantSlug;
import io.tenantry.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a webhook message says, before it is written as JSON: the event, its tenant, who did it, and
 * its target as the API shows it (a user or a tenant) or, when that is gone, its id.
 */
public record WebhookMessage(
    String id,
    String type,
    Instant occurredAt,
    TenantSlug tenant,
    Optional<UserId> actor,
    Optional<UserView> user,
    Optional<TenantView> tenantTarget,
    Optional<String> targetId,
    Map<String, String> details) {
  public WebhookMessage {
    details = Map.copyOf(details);
  }
}
