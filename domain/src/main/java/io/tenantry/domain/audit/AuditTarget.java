package io.tenantry.domain.audit;

import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserId;
import io.tenantry.domain.webhook.WebhookId;

/**
 * What an audit event is about: a kind ({@code user}, {@code tenant}) and its id; both optional.
 */
public record AuditTarget(String type, String id) {
  public static final AuditTarget NONE = new AuditTarget(null, null);

  public static AuditTarget user(UserId id) {
    return new AuditTarget("user", id == null ? null : id.toString());
  }

  /** A tenant's custom role, by name. */
  public static AuditTarget role(Role role) {
    return new AuditTarget("role", role.name());
  }

  public static AuditTarget tenant(TenantId id) {
    return new AuditTarget("tenant", id.toString());
  }

  public static AuditTarget client(ClientId id) {
    return new AuditTarget("client", id.value());
  }

  public static AuditTarget webhook(WebhookId id) {
    return new AuditTarget("webhook", id.toString());
  }
}
