package io.tenantry.persistence.shared;

import io.tenantry.domain.tenant.TenantId;
import io.tenantry.domain.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The tenant the current thread's unit of work is bound to, as the caller named it; none (schema
 * {@code control}) by default. Tenant tables do not repeat the tenant id: it is read from here.
 */
@ApplicationScoped
public class TenantContext {

  private static final ThreadLocal<TenantRef> CURRENT = new ThreadLocal<>();

  /** The schema Hibernate opens the next session for. */
  public String currentSchema() {
    TenantRef tenant = CURRENT.get();
    return tenant == null ? TenantSchemas.CONTROL : TenantSchemas.of(tenant.slug());
  }

  /** The id of the bound tenant; tenant-owned data is unreachable without one. */
  public TenantId currentTenantId() {
    return Optional.ofNullable(CURRENT.get())
        .map(TenantRef::id)
        .orElseThrow(() -> new IllegalStateException("no tenant is bound to this unit of work"));
  }

  /** The bound tenant; empty in the {@code control} schema. */
  public Optional<TenantRef> bound() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * Binds {@code tenant} ({@code null}: {@code control}) and returns the previous binding, to be
   * given back to {@link #restore}.
   */
  public TenantRef bind(TenantRef tenant) {
    TenantRef previous = CURRENT.get();
    CURRENT.set(tenant);
    return previous;
  }

  public void restore(TenantRef previous) {
    if (previous == null) {
      // Nothing bound outside: drop the entry so pooled threads carry no state.
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
