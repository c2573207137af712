package io.tenantry.domain.tenant;

import io.tenantry.domain.shared.Page;
import java.util.Optional;

/** The registry of tenants (schema {@code control}). */
public interface TenantRepository {
  /** Inserts or updates; a duplicate slug is a {@code slug_taken} conflict. */
  Tenant save(Tenant tenant);

  Optional<Tenant> findById(TenantId id);

  Optional<Tenant> findBySlug(TenantSlug slug);

  Page<Tenant> search(TenantQuery query);

  void delete(TenantId id);
}
