package io.tenantry.application.event;

/**
 * A platform admin changed a tenant ({@code action}): besides the tenant's own trail, the action is
 * recorded in the {@code system} tenant's trail, which outlives the tenant.
 */
public record PlatformAdminAction(DomainEvent action) implements DomainEvent {
  @Override
  public Initiator by() {
    return action.by();
  }
}
