package io.tenantry.domain.tenant;

import java.util.Objects;

/** Which tenant a unit of work is bound to: its id and its slug, known together once. */
public record TenantRef(TenantId id, TenantSlug slug) {
  public TenantRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
  }
}
