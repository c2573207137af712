package io.tenantry.bootstrap.wiring;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tenantry.application.PortLookup;
import io.tenantry.application.Ports;
import io.tenantry.application.Settings;
import io.tenantry.application.UseCases;
import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.webhook.CurrentTenant;
import io.tenantry.application.webhook.WebhookPayloads;
import io.tenantry.application.webhook.WebhookPorts;
import io.tenantry.application.webhook.WebhookSender;
import io.tenantry.application.webhook.WebhookTargets;
import io.tenantry.bootstrap.config.AppConfig;
import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.webhook.WebhookDeliveries;
import io.tenantry.domain.webhook.WebhookRepository;
import io.tenantry.webhooks.WebhookConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
      AppConfig config,
      WebhookConfig webhookConfig,
      @ConfigProperty(name = "app.web.session-idle-timeout", defaultValue = "PT30M")
          Duration pageSessionIdleTimeout) {
    Ports ports = PortLookup.ports(type -> beans.select(type).get());
    AppConfig.Auth.Lockout lockout = config.auth().lockout();
    Settings settings =
        new Settings(
            authSettings,
            new LockoutPolicy(lockout.maxFailures(), lockout.duration()),
            config.audit().retention(),
            config.tenants().signupEnabled(),
            anchorKey,
            pageSessionIdleTimeout,
            webhookConfig.retryPolicy(),
            webhookConfig.disableAfter());
    return new UseCases(ports, settings);
  }

  @Produces
  @Singleton
  WebhookPorts webhookPorts(
      WebhookRepository endpoints,
      WebhookDeliveries deliveries,
      WebhookTargets targets,
      WebhookSender sender,
      WebhookPayloads payloads,
      CurrentTenant currentTenant) {
    return new WebhookPorts(endpoints, deliveries, targets, sender, payloads, currentTenant);
  }
}
