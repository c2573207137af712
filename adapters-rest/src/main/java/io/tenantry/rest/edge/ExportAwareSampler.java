package io.tenantry.rest.edge;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Records spans only when an OTLP endpoint is configured: without one, nothing is exported and the
 * service never tries to reach a collector, while trace ids still propagate and reach the logs.
 */
@Singleton
public class ExportAwareSampler {
  private static final Logger LOG = Logger.getLogger(ExportAwareSampler.class);
  static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
  static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";

  @Produces
  @Singleton
  @Unremovable
  Sampler sampler(Config config) {
    Optional<ConfigValue> configured =
        Stream.of(TRACES_ENDPOINT, ENDPOINT)
            .map(config.unwrap(SmallRyeConfig.class)::getConfigValue)
            .filter(ExportAwareSampler::setByOperator)
            .findFirst();
    if (configured.isEmpty()) {
      LOG.info("Traces are not exported: set QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT to export them");
      return Sampler.alwaysOff();
    }
    LOG.infof("Exporting traces to %s", configured.get().getValue());
    return Sampler.parentBased(Sampler.alwaysOn());
  }

  /** A value from a real source, not an extension's built-in default. */
  static boolean setByOperator(ConfigValue value) {
    return value.getValue() != null
        && !value.getValue().isBlank()
        && value.getSourceName() != null
        && !value.getSourceName().startsWith("DefaultValues")
        && !value.getSourceName().contains("BuildTime");
  }
}
