package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.webhook.WebhookId;

/**
 * A tenant's webhook endpoint was created, changed, deleted or given a new secret; not audited, it
 * drops the cached list of the tenant's endpoints after the commit.
 */
public record WebhookChanged(Initiator by, TenantId tenant, WebhookId webhook, Change change)
    implements DomainEvent {
  /** What happened to the endpoint. */
  public enum Change {
    CREATED,
    UPDATED,
    DELETED,
    SECRET_ROTATED
  }
}
