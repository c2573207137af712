package io.tenantry.persistence.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The request budget of the rate-limited routes ({@code app.auth.rate-limit.*}). */
@ConfigMapping(prefix = "app.auth.rate-limit")
public interface RateLimitConfig {
  /** Requests per minute per client IP on the auth routes; 0 turns the limit off. */
  @WithName("per-minute")
  @WithDefault("60")
  int perMinute();
}
