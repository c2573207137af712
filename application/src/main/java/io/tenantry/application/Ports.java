package io.tenantry.application;

import io.tenantry.application.access.CacheInvalidations;
import io.tenantry.application.audit.RequestOrigin;
import io.tenantry.application.auth.AccessTokens;
import io.tenantry.application.auth.IdTokens;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.mail.MailOutbox;
import io.tenantry.application.mfa.SecretSealer;
import io.tenantry.application.mfa.Totp;
import io.tenantry.application.shared.SecureTokens;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantSchemaManager;
import io.tenantry.application.webhook.WebhookPorts;
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
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;

/** Every driven port the use cases need, as the adapters (or the tests' fakes) implement them. */
public record Ports(
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
    ClientRepository clients,
    ClientDirectory clientDirectory,
    PageSessionRepository pageSessions,
    AuthorizationCodeRepository authorizationCodes,
    IdTokens idTokens,
    TotpFactors totpFactors,
    Totp totp,
    SecretSealer secretSealer,
    ApiKeyRepository apiKeys,
    WebhookPorts webhooks,
    RoleRepository roles,
    CacheInvalidations cacheInvalidations) {}
