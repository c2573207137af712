package io.tenantry.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The database schema the current thread's unit of work is bound to; {@code control} by default.
 */
@ApplicationScoped
public class TenantContext {

  private static final ThreadLocal<String> CURRENT =
      ThreadLocal.withInitial(() -> TenantSchemas.CONTROL);

  /** The schema Hibernate opens the next session for. */
  public String currentSchema() {
    return CURRENT.get();
  }

  /**
   * Binds {@code schema} and returns the previous binding, to be given back to {@link #restore}.
   */
  public String bind(String schema) {
    String previous = CURRENT.get();
    CURRENT.set(schema);
    return previous;
  }

  public void restore(String previous) {
    if (TenantSchemas.CONTROL.equals(previous)) {
      // Nothing bound outside: drop the entry so pooled threads carry no state.
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
