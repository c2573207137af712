package io.tenantry.bootstrap.wiring;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tenantry.application.PortLookup;
import io.tenantry.application.Ports;
import io.tenantry.application.Settings;
import io.tenantry.application.UseCases;
import io.tenantry.application.auth.AuthSettings;
import io.tenantry.bootstrap.config.AppConfig;
import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.user.LockoutPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Hands the adapters' port implementations to the application's one factory of use cases; the
 * inbound adapters and jobs inject the {@link UseCases} it builds.
 */
@ApplicationScoped
@RegisterForReflection(targets = Ports.class) // built through its canonical constructor
public class ServiceProducers {

  /** Every port is looked up by its type among the adapters' beans: the record is their list. */
  @Produces
  @Singleton
  UseCases useCases(
      Instance<Object> beans,
      AuthSettings authSettings,
      AuditAnchorKey anchorKey,
      AppConfig config) {
    Ports ports = PortLookup.ports(type -> beans.select(type).get());
    AppConfig.Auth.Lockout lockout = config.auth().lockout();
    Settings settings =
        new Settings(
            authSettings,
            new LockoutPolicy(lockout.maxFailures(), lockout.duration()),
            config.audit().retention(),
            config.tenants().signupEnabled(),
            anchorKey);
    return new UseCases(ports, settings);
  }
}
