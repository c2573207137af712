package io.tenantry.bootstrap.wiring;

import io.tenantry.application.account.AccountService;
import io.tenantry.application.account.OneTimeTokens;
import io.tenantry.application.audit.AuditService;
import io.tenantry.application.audit.AuditTrail;
import io.tenantry.application.audit.RequestOrigin;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.auth.AuthService;
import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.auth.SessionGuard;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.mail.AccountMails;
import io.tenantry.application.mail.MailOutbox;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.AdminService;
import io.tenantry.application.tenant.TenantDirectory;
import io.tenantry.application.tenant.TenantProvisioning;
import io.tenantry.application.tenant.TenantSchemaManager;
import io.tenantry.application.tenant.TenantService;
import io.tenantry.application.user.UserService;
import io.tenantry.bootstrap.config.AppConfig;
import io.tenantry.domain.audit.AuditLog;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.tenant.TenantRepository;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the plain-Java application services from the adapters' port implementations. */
@ApplicationScoped
public class ServiceProducers {

  @Produces
  @Singleton
  AuditTrail auditTrail(AuditLog log, RequestOrigin origin, Clock clock) {
    return new AuditTrail(log, origin, clock);
  }

  @Produces
  @Singleton
  AuditService auditService(
      UnitOfWork unitOfWork,
      AuditLog log,
      TenantRepository tenants,
      AppConfig config,
      Clock clock) {
    return new AuditService(unitOfWork, log, tenants, config.audit().retention(), clock);
  }

  @Produces
  @Singleton
  TenantDirectory tenantDirectory(
      UnitOfWork unitOfWork, TenantRepository tenants, Clock clock, AuthSettings settings) {
    return new TenantDirectory(unitOfWork, tenants, clock, settings.securityCacheTtl());
  }

  @Produces
  @Singleton
  SessionGuard sessionGuard(
      UnitOfWork unitOfWork, UserRepository users, Clock clock, AuthSettings settings) {
    return new SessionGuard(unitOfWork, users, clock, settings.securityCacheTtl());
  }

  @Produces
  @Singleton
  SessionIssuer sessionIssuer(
      AccessTokens accessTokens,
      RefreshTokenRepository refreshTokens,
      SecureTokens secureTokens,
      AuthSettings settings,
      Clock clock) {
    return new SessionIssuer(accessTokens, refreshTokens, secureTokens, settings, clock);
  }

  @Produces
  @Singleton
  AccountMails accountMails(
      OneTimeTokenRepository tokens,
      MailOutbox outbox,
      SecureTokens secureTokens,
      AuthSettings settings,
      Clock clock) {
    return new AccountMails(tokens, outbox, secureTokens, settings, clock);
  }

  @Produces
  @Singleton
  AuthService authService(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      PasswordHasher hasher,
      AccessTokens accessTokens,
      SessionIssuer sessions,
      SessionGuard guard,
      AppConfig config,
      AuditTrail audit,
      Clock clock) {
    AppConfig.Auth.Lockout lockout = config.auth().lockout();
    return new AuthService(
        unitOfWork,
        tenants,
        users,
        refreshTokens,
        hasher,
        accessTokens,
        sessions,
        guard,
        new LockoutPolicy(lockout.maxFailures(), lockout.duration()),
        audit,
        clock);
  }

  @Produces
  @Singleton
  UserService userService(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      TenantDirectory tenants,
      AccountMails mails,
      SessionGuard guard,
      AuditTrail audit,
      Clock clock) {
    return new UserService(unitOfWork, users, refreshTokens, tenants, mails, guard, audit, clock);
  }

  @Produces
  @Singleton
  OneTimeTokens oneTimeTokens(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      OneTimeTokenRepository tokens,
      UserRepository users,
      Clock clock) {
    return new OneTimeTokens(unitOfWork, tenants, tokens, users, clock);
  }

  @Produces
  @Singleton
  AccountService accountService(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      OneTimeTokens oneTimeTokens,
      PasswordHasher hasher,
      PasswordPolicy policy,
      AccountMails mails,
      SessionIssuer sessions,
      SessionGuard guard,
      AuditTrail audit,
      Clock clock) {
    return new AccountService(
        unitOfWork,
        tenants,
        users,
        refreshTokens,
        oneTimeTokens,
        hasher,
        policy,
        mails,
        sessions,
        guard,
        audit,
        clock);
  }

  @Produces
  @Singleton
  TenantProvisioning tenantProvisioning(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      UserRepository users,
      TenantSchemaManager schemas,
      PasswordHasher hasher,
      PasswordPolicy policy,
      AccountMails mails,
      AuditTrail audit,
      Clock clock) {
    return new TenantProvisioning(
        unitOfWork, tenants, users, schemas, hasher, policy, mails, audit, clock);
  }

  @Produces
  @Singleton
  TenantService tenantService(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      TenantDirectory directory,
      TenantProvisioning provisioning,
      SessionIssuer sessions,
      AppConfig config,
      AuditTrail audit,
      Clock clock) {
    return new TenantService(
        unitOfWork,
        tenants,
        directory,
        provisioning,
        sessions,
        config.tenants().signupEnabled(),
        audit,
        clock);
  }

  @Produces
  @Singleton
  AdminService adminService(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      UserRepository users,
      TenantSchemaManager schemas,
      TenantDirectory directory,
      TenantProvisioning provisioning,
      PasswordHasher hasher,
      PasswordPolicy policy,
      AuditTrail audit,
      Clock clock) {
    return new AdminService(
        unitOfWork, tenants, users, schemas, directory, provisioning, hasher, policy, audit, clock);
  }
}
