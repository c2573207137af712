package io.tenantry.persistence.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The request budgets of the rate-limited routes ({@code app.auth.rate-limit.*}). */
@ConfigMapping(prefix = "app.auth.rate-limit")
public interface RateLimitConfig {
  /** Requests per minute per client address; 0 turns every budget off. */
  @WithDefault("60")
  int perMinute();

  /** Requests per minute per account (tenant and e-mail) on login, sign-up and reset; 0: off. */
  @WithDefault("10")
  int perAccountPerMinute();

  /** Requests per minute per tenant on the same routes; 0: off. */
  @WithDefault("600")
  int perTenantPerMinute();
}
