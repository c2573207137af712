package io.tenantry.application.event;

import io.tenantry.domain.client.ClientId;
import io.tenantry.domain.tenant.TenantId;
import java.util.Set;

/** An OAuth client's settings were changed; {@code fields} names which. */
public record ClientUpdated(Initiator by, TenantId tenant, ClientId client, Set<String> fields)
    implements DomainEvent {
  public ClientUpdated {
    fields = Set.copyOf(fields);
  }
}
