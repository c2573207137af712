package io.tenantry.domain.tenant;

import java.util.Objects;

/**
 * A tenant marked as having work of one kind, as read at one moment: {@code version} tells a mark
 * renewed since (by more work) from the one that was read, so clearing it never loses that work.
 */
public record WorkMark(TenantRef tenant, WorkKind kind, long version) {
  public WorkMark {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(kind, "kind");
  }
}
