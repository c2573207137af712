package io.tenantry.bootstrap.wiring;

import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.auth.AuthService;
import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.auth.SessionGuard;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.mail.MailOutbox;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.AdminService;
import io.tenantry.application.tenant.TenantDirectory;
import io.tenantry.application.tenant.TenantSchemaManager;
import io.tenantry.application.tenant.TenantService;
import io.tenantry.application.user.Invitations;
import io.tenantry.application.user.UserService;
import io.tenantry.domain.auth.OneTimeTokenRepository;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.tenant.TenantRepository;
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
  Invitations invitations(
      OneTimeTokenRepository tokens,
      MailOutbox outbox,
      SecureTokens secureTokens,
      AuthSettings settings,
      Clock clock) {
    return new Invitations(tokens, outbox, secureTokens, settings, clock);
  }

  @Produces
  @Singleton
  AuthService authService(
      UnitOfWork unitOfWork,
      TenantDirectory tenants,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      OneTimeTokenRepository oneTimeTokens,
      PasswordHasher hasher,
      PasswordPolicy policy,
      AccessTokens accessTokens,
      SessionIssuer sessions,
      SessionGuard guard,
      Clock clock) {
    return new AuthService(
        unitOfWork,
        tenants,
        users,
        refreshTokens,
        oneTimeTokens,
        hasher,
        policy,
        accessTokens,
        sessions,
        guard,
        clock);
  }

  @Produces
  @Singleton
  UserService userService(
      UnitOfWork unitOfWork,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      TenantDirectory tenants,
      Invitations invitations,
      SessionGuard guard,
      Clock clock) {
    return new UserService(unitOfWork, users, refreshTokens, tenants, invitations, guard, clock);
  }

  @Produces
  @Singleton
  TenantService tenantService(
      UnitOfWork unitOfWork, TenantRepository tenants, TenantDirectory directory, Clock clock) {
    return new TenantService(unitOfWork, tenants, directory, clock);
  }

  @Produces
  @Singleton
  AdminService adminService(
      UnitOfWork unitOfWork,
      TenantRepository tenants,
      UserRepository users,
      TenantSchemaManager schemas,
      TenantDirectory directory,
      PasswordHasher hasher,
      PasswordPolicy policy,
      Invitations invitations,
      Clock clock) {
    return new AdminService(
        unitOfWork, tenants, users, schemas, directory, hasher, policy, invitations, clock);
  }
}
