package io.tenantry.application.event;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.webhook.WebhookId;
import java.time.Instant;

/**
 * A webhook endpoint switched itself off because every delivery since {@code failingSince} failed
 * for longer than {@code app.webhooks.disable-after}; audited as {@code webhook.disabled}.
 */
public record WebhookDisabled(
    Initiator by, TenantId tenant, WebhookId webhook, Instant failingSince)
    implements DomainEvent {}
