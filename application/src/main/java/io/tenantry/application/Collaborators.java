package io.tenantry.application;

import io.tenantry.application.access.AnnounceInvalidations;
import io.tenantry.application.access.ApiKeyGuard;
import io.tenantry.application.access.ChangedUsers;
import io.tenantry.application.access.RoleDirectory;
import io.tenantry.application.access.SecurityCaches;
import io.tenantry.application.access.SessionGuard;
import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.audit.AppendToAuditChain;
import io.tenantry.application.auth.PasswordAttempts;
import io.tenantry.application.auth.PasswordHasher;
import io.tenantry.application.auth.PasswordRecheck;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.mfa.MfaTokens;
import io.tenantry.application.mfa.SecondFactors;
import io.tenantry.application.session.EndSessions;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.EventedUnitOfWork;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.TenantProvisioning;
import io.tenantry.application.token.OneTimeTokens;
import io.tenantry.application.user.NewUsers;
import io.tenantry.application.webhook.EnqueueWebhookDeliveries;
import io.tenantry.application.webhook.WebhookPorts;
import io.tenantry.application.webhook.WebhookSubscriptions;
import io.tenantry.domain.auth.RefreshTokenRepository;
import io.tenantry.domain.user.PasswordPolicy;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;
import java.time.Duration;

/**
 * What several flows share, built once: the unit of work that publishes events, the cached views of
 * security state, the session issuer and one-time tokens; and the event subscribers: the audit
 * chain and webhook deliveries inside the transaction, the security caches after commit.
 */
final class Collaborators {
  final Ports ports;
  final Settings settings;
  final Clock clock;
  final UserRepository users;
  final DomainEvents events;
  final UnitOfWork uow;
  final TenantDirectory directory;
  final SessionGuard guard;
  final WebhookPorts hooks;
  final ApiKeyGuard apiKeyGuard;
  final RoleDirectory roleDirectory;
  final RefreshTokenRepository refresh;
  final PasswordHasher hasher;
  final PasswordPolicy policy;
  final SessionIssuer sessions;
  final OneTimeTokens oneTime;
  final NewUsers newUsers;
  final EndSessions endSessions;
  final PasswordAttempts passwordAttempts;
  final PasswordRecheck recheck;
  final TenantProvisioning provisioning;
  final MfaTokens mfaTokens;
  final SecondFactors factors;

  Collaborators(Ports ports, Settings settings) {
    this.ports = ports;
    this.settings = settings;
    clock = ports.clock();
    events = new DomainEvents();
    users = new ChangedUsers(ports.users(), events);
    uow = new EventedUnitOfWork(ports.unitOfWork(), events);
    Duration ttl = settings.auth().securityCacheTtl();
    directory = new TenantDirectory(uow, ports.tenants(), clock, ttl);
    guard = new SessionGuard(uow, users, ports.refreshTokens(), clock, ttl);
    events.subscribeInTransaction(
        new AppendToAuditChain(ports.auditLog(), ports.requestOrigin(), clock));
    hooks = ports.webhooks();
    WebhookSubscriptions subscriptions = new WebhookSubscriptions(hooks.endpoints(), clock, ttl);
    events.subscribeInTransaction(
        new EnqueueWebhookDeliveries(
            hooks.current(),
            subscriptions,
            hooks.deliveries(),
            hooks.payloads(),
            users,
            ports.tenants(),
            clock));
    apiKeyGuard =
        new ApiKeyGuard(uow, directory, guard, ports.apiKeys(), users, events, clock, ttl);
    roleDirectory = new RoleDirectory(uow, ports.roles(), clock, ttl);
    SecurityCaches caches =
        new SecurityCaches(guard, directory, apiKeyGuard, roleDirectory, subscriptions);
    events.subscribeInTransaction(new AnnounceInvalidations(ports.cacheInvalidations()));
    events.subscribeAfterCommit(caches);
    ports.cacheInvalidations().listen(caches::apply, caches::clearAll);
    events.subscribeAfterCommit(subscriptions);

    refresh = ports.refreshTokens();
    hasher = ports.hasher();
    policy = ports.passwordPolicy();
    sessions =
        new SessionIssuer(
            ports.accessTokens(),
            refresh,
            ports.secureTokens(),
            ports.requestOrigin(),
            settings.auth(),
            clock);
    oneTime =
        new OneTimeTokens(
            uow,
            directory,
            ports.oneTimeTokens(),
            users,
            ports.outbox(),
            ports.secureTokens(),
            settings.auth(),
            clock);
    newUsers = new NewUsers(uow, users, oneTime, events);
    endSessions = new EndSessions(refresh);
    passwordAttempts = new PasswordAttempts(users, settings.lockout(), events, clock);
    recheck = new PasswordRecheck(uow, users, hasher, passwordAttempts);
    provisioning =
        new TenantProvisioning(
            uow, ports.tenants(), ports.schemas(), hasher, policy, newUsers, events, clock);
    mfaTokens = new MfaTokens(directory, ports.oneTimeTokens(), ports.secureTokens(), clock);
    factors =
        new SecondFactors(
            ports.totpFactors(), ports.totp(), ports.secretSealer(), ports.secureTokens(), events);
  }
}
