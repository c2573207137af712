package io.tenantry.persistence.shared;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The user, tenant and audit-event lists ({@code app.lists.*}), counted by {@link BoundedTotals}.
 */
@ConfigMapping(prefix = "app.lists")
public interface ListsConfig {
  /**
   * A list's {@code total} is exact up to this many matches; above it the total is this many and
   * {@code total_exact} is false, so no request counts more than this many rows.
   */
  @WithDefault("1000")
  int countLimit();
}
