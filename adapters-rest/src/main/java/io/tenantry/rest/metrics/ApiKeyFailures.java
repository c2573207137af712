package io.tenantry.rest.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.tenantry.application.UseCases;
import io.tenantry.application.access.ApiKeyGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Publishes {@code auth_api_key_failures_total}: every refused API key, known or not. Unknown keys
 * are counted here rather than audited, so garbage headers cannot flood the audit trail.
 */
@Startup
@ApplicationScoped
public class ApiKeyFailures {
  @Inject
  void register(MeterRegistry registry, UseCases useCases) {
    FunctionCounter.builder("auth.api_key.failures", useCases.apiKeyGuard, ApiKeyGuard::failures)
        .description(
            "API keys refused: unknown, malformed, revoked, expired or of an inactive user")
        .register(registry);
  }
}
