package io.tenantry.bootstrap.wiring;

import io.quarkus.runtime.LaunchMode;
import io.tenantry.application.Ports;
import io.tenantry.application.Settings;
import io.tenantry.application.UseCases;
import io.tenantry.application.audit.RequestOrigin;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.mail.MailOutbox;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantSchemaManager;
import io.tenantry.bootstrap.audit.AuditAnchorKeys;
import io.tenantry.bootstrap.config.AppConfig;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.role.RoleRepository;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

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
            roles);
    AppConfig.Auth.Lockout lockout = config.auth().lockout();
    Settings settings =
        new Settings(
            authSettings,
            new LockoutPolicy(lockout.maxFailures(), lockout.duration()),
            config.audit().retention(),
            config.tenants().signupEnabled(),
            AuditAnchorKeys.load(config.audit(), LaunchMode.current()));
    return new UseCases(ports, settings);
  }
}
