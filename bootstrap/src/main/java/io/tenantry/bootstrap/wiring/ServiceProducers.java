package io.tenantry.bootstrap.wiring;

import io.quarkus.runtime.LaunchMode;
import io.tenantry.application.Ports;
import io.tenantry.application.Settings;
import io.tenantry.application.UseCases;
import io.tenantry.application.audit.RequestOrigin;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.auth.IdTokens;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.mail.MailOutbox;
import io.tenantry.application.mail.RetryPolicy;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantSchemaManager;
import io.tenantry.application.webhook.CurrentTenant;
import io.tenantry.application.webhook.WebhookPayloads;
import io.tenantry.application.webhook.WebhookPorts;
import io.tenantry.application.webhook.WebhookSender;
import io.tenantry.application.webhook.WebhookTargets;
import io.tenantry.bootstrap.audit.AuditAnchorKeys;
import io.tenantry.bootstrap.config.AppConfig;
import io.tenantry.bootstrap.mfa.MfaSecretKeys;
import io.tenantry.bootstrap.webhook.WebhookConfig;
import io.tenantry.domain.apikey.ApiKeyRepository;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.auth.AuthorizationCodeRepository;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.PageSessionRepository;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.client.ClientDirectory;
import io.tenantry.domain.client.ClientRepository;
import io.tenantry.domain.mfa.TotpFactors;
import io.tenantry.domain.role.RoleRepository;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.UserRepository;
import io.tenantry.domain.webhook.WebhookDeliveries;
import io.tenantry.domain.webhook.WebhookRepository;
import io.tenantry.security.JavaOtpTotp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands the adapters' port implementations to the application's one factory of use cases; the
 * inbound adapters and jobs inject the {@link UseCases} it builds.
 */
@ApplicationScoped
public class ServiceProducers {

  @Produces
  @Singleton
  UseCases useCases(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      OneTimeTokenRepository oneTimeTokens,
      AuditLog auditLog,
      MailOutbox outbox,
      TenantSchemaManager schemas,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      AccessTokens accessTokens,
      SecureTokens secureTokens,
      RequestOrigin requestOrigin,
      Clock clock,
      AuthSettings authSettings,
      AppConfig config,
      ClientRepository clients,
      ClientDirectory clientDirectory,
      PageSessionRepository pageSessions,
      AuthorizationCodeRepository authorizationCodes,
      IdTokens idTokens,
      @ConfigProperty(name = "app.web.session-idle-timeout", defaultValue = "PT30M")
          Duration pageSessionIdleTimeout,
      TotpFactors totpFactors,
      ApiKeyRepository apiKeys,
      WebhookRepository webhookEndpoints,
      WebhookDeliveries webhookDeliveries,
      WebhookTargets webhookTargets,
      WebhookSender webhookSender,
      WebhookPayloads webhookPayloads,
      CurrentTenant currentTenant,
      WebhookConfig webhookConfig,
      RoleRepository roles) {
    Ports ports =
        new Ports(
            unitOfWork,
            tenants,
            users,
            refreshTokens,
            oneTimeTokens,
            auditLog,
            outbox,
            schemas,
            hasher,
            passwordPolicy,
            accessTokens,
            secureTokens,
            requestOrigin,
            clock,
            clients,
            clientDirectory,
            pageSessions,
            authorizationCodes,
            idTokens,
            totpFactors,
            new JavaOtpTotp(),
            MfaSecretKeys.load(config.mfa(), LaunchMode.current()),
            apiKeys,
            new WebhookPorts(
                webhookEndpoints,
                webhookDeliveries,
                webhookTargets,
                webhookSender,
                webhookPayloads,
                currentTenant),
            roles);
    AppConfig.Auth.Lockout lockout = config.auth().lockout();
    Settings settings =
        new Settings(
            authSettings,
            new LockoutPolicy(lockout.maxFailures(), lockout.duration()),
            config.audit().retention(),
            config.tenants().signupEnabled(),
            AuditAnchorKeys.load(config.audit(), LaunchMode.current()),
            pageSessionIdleTimeout,
            new RetryPolicy(
                webhookConfig.maxAttempts(),
                webhookConfig.retryInitialDelay(),
                webhookConfig.retryMaxDelay()));
    return new UseCases(ports, settings);
  }
}
