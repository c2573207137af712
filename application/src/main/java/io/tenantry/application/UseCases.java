package io.tenantry.application;

import io.tenantry.application.access.ApiKeyGuard;
import io.tenantry.application.access.RoleDirectory;
import io.tenantry.application.access.SecurityCaches;
import io.tenantry.application.access.SessionGuard;
import io.tenantry.application.access.TenantDirectory;
import io.tenantry.application.apikey.ApiKeys;
import io.tenantry.application.audit.AnchorAuditChains;
import io.tenantry.application.audit.AppendToAuditChain;
import io.tenantry.application.audit.AuditTrailQueries;
import io.tenantry.application.audit.LoginActivity;
import io.tenantry.application.audit.PurgeAuditEvents;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.client.DeleteClient;
import io.tenantry.application.client.FindClient;
import io.tenantry.application.client.ReadClients;
import io.tenantry.application.client.RegisterClient;
import io.tenantry.application.client.RotateClientSecret;
import io.tenantry.application.client.UpdateClient;
import io.tenantry.application.invitation.AcceptInvitation;
import io.tenantry.application.invitation.InviteUser;
import io.tenantry.application.mfa.MfaLogin;
import io.tenantry.application.mfa.MfaTokens;
import io.tenantry.application.mfa.OwnMfa;
import io.tenantry.application.mfa.SecondFactors;
import io.tenantry.application.migration.ImportUsers;
import io.tenantry.application.oauth.AuthenticateClient;
import io.tenantry.application.oauth.EndSession;
import io.tenantry.application.oauth.IntrospectToken;
import io.tenantry.application.oauth.IssueAuthorizationCode;
import io.tenantry.application.oauth.IssueClientToken;
import io.tenantry.application.oauth.ReadUserInfo;
import io.tenantry.application.oauth.RedeemAuthorizationCode;
import io.tenantry.application.oauth.RevokeToken;
import io.tenantry.application.password.ChangePassword;
import io.tenantry.application.password.ForgotPassword;
import io.tenantry.application.password.ResetPassword;
import io.tenantry.application.registration.Register;
import io.tenantry.application.registration.VerifyEmail;
import io.tenantry.application.role.CreateRole;
import io.tenantry.application.role.DeleteRole;
import io.tenantry.application.role.ReadRoles;
import io.tenantry.application.role.UpdateRole;
import io.tenantry.application.session.Authenticate;
import io.tenantry.application.session.HostedSignIn;
import io.tenantry.application.session.Login;
import io.tenantry.application.session.Logout;
import io.tenantry.application.session.LogoutEverywhere;
import io.tenantry.application.session.OwnSessions;
import io.tenantry.application.session.PageSessions;
import io.tenantry.application.session.RotateRefreshToken;
import io.tenantry.application.shared.DomainEvents;
import io.tenantry.application.shared.EventedUnitOfWork;
import io.tenantry.application.shared.UnitOfWork;
import io.tenantry.application.tenant.BootstrapSystemTenant;
import io.tenantry.application.tenant.CreateTenant;
import io.tenantry.application.tenant.DeleteTenant;
import io.tenantry.application.tenant.ReadTenants;
import io.tenantry.application.tenant.SignUpTenant;
import io.tenantry.application.tenant.TenantProvisioning;
import io.tenantry.application.tenant.UpdateOwnTenant;
import io.tenantry.application.tenant.UpdateTenant;
import io.tenantry.application.token.OneTimeTokens;
import io.tenantry.application.token.ReadLinkToken;
import io.tenantry.application.user.AssignRoles;
import io.tenantry.application.user.DeleteOwnAccount;
import io.tenantry.application.user.DeleteUser;
import io.tenantry.application.user.ExportOwnData;
import io.tenantry.application.user.ReadUsers;
import io.tenantry.application.user.ResetMfa;
import io.tenantry.application.user.UnlockUser;
import io.tenantry.application.user.UpdateOwnProfile;
import io.tenantry.application.user.UpdateUser;
import io.tenantry.application.user.UserSessions;
import io.tenantry.application.webhook.DispatchWebhooks;
import io.tenantry.application.webhook.EnqueueWebhookDeliveries;
import io.tenantry.application.webhook.PendingTenants;
import io.tenantry.application.webhook.WebhookPorts;
import io.tenantry.application.webhook.WebhookSubscriptions;
import io.tenantry.application.webhook.Webhooks;
import io.tenantry.domain.user.UserRepository;
import java.time.Clock;

/**
 * Builds every use case once, from the ports and settings: the one place the application is wired,
 * for the container and for the tests alike. It also subscribes the event handlers: the audit chain
 * inside the transaction, the security caches after commit.
 */
public final class UseCases {
  public final Login login;
  public final RotateRefreshToken rotateRefreshToken;
  public final Logout logout;
  public final LogoutEverywhere logoutEverywhere;
  public final Authenticate authenticate;
  public final Register register;
  public final VerifyEmail verifyEmail;
  public final ForgotPassword forgotPassword;
  public final ResetPassword resetPassword;
  public final ChangePassword changePassword;
  public final OwnSessions ownSessions;
  public final UserSessions userSessions;
  public final InviteUser inviteUser;
  public final AcceptInvitation acceptInvitation;
  public final ReadLinkToken readLinkToken;
  public final ReadUsers readUsers;
  public final UpdateOwnProfile updateOwnProfile;
  public final UpdateUser updateUser;
  public final AssignRoles assignRoles;
  public final UnlockUser unlockUser;
  public final DeleteUser deleteUser;
  public final ReadTenants readTenants;
  public final CreateTenant createTenant;
  public final SignUpTenant signUpTenant;
  public final UpdateOwnTenant updateOwnTenant;
  public final UpdateTenant updateTenant;
  public final DeleteTenant deleteTenant;
  public final BootstrapSystemTenant bootstrapSystemTenant;
  public final AuditTrailQueries auditTrail;
  public final PurgeAuditEvents purgeAuditEvents;
  public final AnchorAuditChains anchorAuditChains;
  public final RegisterClient registerClient;
  public final ReadClients readClients;
  public final UpdateClient updateClient;
  public final DeleteClient deleteClient;
  public final RotateClientSecret rotateClientSecret;
  public final FindClient findClient;
  public final AuthenticateClient authenticateClient;
  public final IssueClientToken issueClientToken;
  public final IntrospectToken introspectToken;
  public final RevokeToken revokeToken;
  public final ReadUserInfo readUserInfo;

  /** Issues token pairs for (user, session, client, scope): the code flow's last step uses it. */
  public final SessionIssuer sessionIssuer;

  public final PageSessions pageSessions;
  public final IssueAuthorizationCode issueAuthorizationCode;
  public final RedeemAuthorizationCode redeemAuthorizationCode;
  public final EndSession endSession;
  public final OwnMfa ownMfa;
  public final MfaLogin mfaLogin;
  public final HostedSignIn hostedSignIn;
  public final ResetMfa resetMfa;
  public final ApiKeys apiKeys;
  public final ApiKeyGuard apiKeyGuard;
  public final Webhooks webhooks;
  public final DispatchWebhooks dispatchWebhooks;
  public final ReadRoles readRoles;
  public final CreateRole createRole;
  public final UpdateRole updateRole;
  public final DeleteRole deleteRole;
  public final ImportUsers importUsers;
  public final ExportOwnData exportOwnData;
  public final DeleteOwnAccount deleteOwnAccount;
  public final LoginActivity loginActivity;

  public UseCases(Ports ports, Settings settings) {
    Clock clock = ports.clock();
    UserRepository users = ports.users();
    DomainEvents events = new DomainEvents();
    UnitOfWork uow = new EventedUnitOfWork(ports.unitOfWork(), events);
    var ttl = settings.auth().securityCacheTtl();
    TenantDirectory directory = new TenantDirectory(uow, ports.tenants(), clock, ttl);
    SessionGuard guard = new SessionGuard(uow, users, ports.refreshTokens(), clock, ttl);
    events.subscribeInTransaction(
        new AppendToAuditChain(ports.auditLog(), ports.requestOrigin(), clock));
    WebhookPorts hooks = ports.webhooks();
    PendingTenants pendingHooks = new PendingTenants();
    WebhookSubscriptions subscriptions = new WebhookSubscriptions(hooks.endpoints(), clock, ttl);
    events.subscribeInTransaction(
        new EnqueueWebhookDeliveries(
            hooks.current(),
            subscriptions,
            hooks.deliveries(),
            hooks.payloads(),
            users,
            ports.tenants(),
            pendingHooks,
            clock));
    ApiKeyGuard apiKeyGuard =
        new ApiKeyGuard(uow, directory, guard, ports.apiKeys(), users, events, clock, ttl);
    RoleDirectory roleDirectory = new RoleDirectory(uow, ports.roles(), clock, ttl);
    events.subscribeAfterCommit(new SecurityCaches(guard, directory, apiKeyGuard, roleDirectory));
    events.subscribeAfterCommit(subscriptions);

    var refresh = ports.refreshTokens();
    var hasher = ports.hasher();
    var policy = ports.passwordPolicy();
    SessionIssuer sessions =
        new SessionIssuer(
            ports.accessTokens(),
            refresh,
            ports.secureTokens(),
            ports.requestOrigin(),
            settings.auth(),
            clock);
    OneTimeTokens oneTime =
        new OneTimeTokens(
            uow,
            directory,
            ports.oneTimeTokens(),
            users,
            ports.outbox(),
            ports.secureTokens(),
            settings.auth(),
            clock);
    TenantProvisioning provisioning =
        new TenantProvisioning(
            uow, ports.tenants(), users, ports.schemas(), hasher, policy, oneTime, events, clock);

    MfaTokens mfaTokens =
        new MfaTokens(directory, ports.oneTimeTokens(), ports.secureTokens(), clock);
    SecondFactors factors =
        new SecondFactors(
            ports.totpFactors(), ports.totp(), ports.secretSealer(), ports.secureTokens(), events);
    login =
        new Login(
            uow, directory, users, hasher, settings.lockout(), sessions, mfaTokens, events, clock);
    rotateRefreshToken =
        new RotateRefreshToken(uow, directory, users, refresh, sessions, events, clock);
    logout = new Logout(uow, directory, users, refresh, events, clock);
    logoutEverywhere = new LogoutEverywhere(uow, users, refresh, events, clock);
    authenticate =
        new Authenticate(ports.accessTokens(), directory, guard, apiKeyGuard, roleDirectory);
    register = new Register(uow, directory, users, hasher, policy, oneTime, events, clock);
    verifyEmail = new VerifyEmail(oneTime, users, events);
    forgotPassword = new ForgotPassword(uow, directory, users, oneTime);
    resetPassword = new ResetPassword(oneTime, users, refresh, hasher, policy, events);
    changePassword =
        new ChangePassword(uow, users, refresh, hasher, policy, settings.lockout(), events, clock);
    ownSessions = new OwnSessions(uow, refresh, events, clock);
    userSessions = new UserSessions(uow, users, refresh, events, clock);
    inviteUser = new InviteUser(uow, directory, users, oneTime, events, clock);
    acceptInvitation = new AcceptInvitation(oneTime, users, hasher, policy, sessions, events);
    readLinkToken = new ReadLinkToken(oneTime);
    readUsers = new ReadUsers(uow, users);
    updateOwnProfile = new UpdateOwnProfile(uow, users, events, clock);
    updateUser = new UpdateUser(uow, users, refresh, events, clock);
    assignRoles = new AssignRoles(uow, users, events, clock);
    unlockUser = new UnlockUser(uow, users, events, clock);
    deleteUser = new DeleteUser(uow, users, events);
    readTenants = new ReadTenants(uow, ports.tenants(), users);
    createTenant = new CreateTenant(provisioning);
    signUpTenant = new SignUpTenant(provisioning, sessions, settings.signupEnabled());
    updateOwnTenant = new UpdateOwnTenant(uow, ports.tenants(), users, events, clock);
    updateTenant = new UpdateTenant(uow, ports.tenants(), events, clock);
    deleteTenant = new DeleteTenant(uow, ports.tenants(), ports.schemas(), events);
    bootstrapSystemTenant =
        new BootstrapSystemTenant(uow, ports.tenants(), users, provisioning, hasher, policy, clock);
    auditTrail =
        new AuditTrailQueries(uow, ports.auditLog(), ports.tenants(), settings.auditAnchorKey());
    anchorAuditChains =
        new AnchorAuditChains(
            uow, ports.auditLog(), ports.tenants(), settings.auditAnchorKey(), clock);
    purgeAuditEvents =
        new PurgeAuditEvents(
            uow, ports.auditLog(), ports.tenants(), settings.auditRetention(), clock);
    var clients = ports.clients();
    registerClient =
        new RegisterClient(
            uow, clients, ports.clientDirectory(), ports.secureTokens(), events, clock);
    readClients = new ReadClients(uow, clients);
    updateClient = new UpdateClient(uow, clients, events, clock);
    deleteClient = new DeleteClient(uow, clients, ports.clientDirectory(), events);
    rotateClientSecret = new RotateClientSecret(uow, clients, ports.secureTokens(), events, clock);
    findClient = new FindClient(uow, directory, ports.clientDirectory(), clients);
    authenticateClient = new AuthenticateClient(findClient);
    issueClientToken = new IssueClientToken(ports.accessTokens(), settings.auth());
    introspectToken =
        new IntrospectToken(
            uow, ports.accessTokens(), directory, guard, findClient, users, refresh, clock);
    revokeToken = new RevokeToken(uow, ports.accessTokens(), users, refresh, events, clock);
    readUserInfo = new ReadUserInfo(uow, authenticate, users);
    sessionIssuer = sessions;
    pageSessions =
        new PageSessions(
            uow,
            directory,
            users,
            refresh,
            ports.pageSessions(),
            login,
            sessions,
            ports.secureTokens(),
            events,
            clock,
            settings.pageSessionIdleTimeout(),
            roleDirectory);
    issueAuthorizationCode =
        new IssueAuthorizationCode(uow, ports.authorizationCodes(), ports.secureTokens(), clock);
    redeemAuthorizationCode =
        new RedeemAuthorizationCode(
            uow,
            ports.authorizationCodes(),
            users,
            refresh,
            sessions,
            ports.idTokens(),
            settings.auth().accessTokenTtl(),
            events,
            clock);
    endSession = new EndSession(uow, directory, users, refresh, ports.idTokens(), events, clock);
    ownMfa = new OwnMfa(uow, directory, users, factors, hasher, settings.lockout(), events, clock);
    mfaLogin =
        new MfaLogin(uow, users, mfaTokens, factors, sessions, settings.lockout(), events, clock);
    hostedSignIn = new HostedSignIn(login, mfaLogin, pageSessions);
    resetMfa = new ResetMfa(uow, users, factors, events, clock);
    apiKeys = new ApiKeys(uow, users, ports.apiKeys(), ports.secureTokens(), events, clock);
    this.apiKeyGuard = apiKeyGuard;
    webhooks =
        new Webhooks(
            uow,
            hooks.endpoints(),
            hooks.deliveries(),
            hooks.targets(),
            hooks.payloads(),
            ports.secureTokens(),
            pendingHooks,
            events,
            clock);
    dispatchWebhooks =
        new DispatchWebhooks(
            uow,
            ports.tenants(),
            hooks,
            pendingHooks,
            settings.webhookRetry(),
            settings.webhookDisableAfter(),
            events,
            clock);
    readRoles = new ReadRoles(uow, ports.roles());
    createRole = new CreateRole(uow, ports.roles(), events, clock);
    updateRole = new UpdateRole(uow, ports.roles(), events, clock);
    deleteRole = new DeleteRole(uow, ports.roles(), events);
    importUsers = new ImportUsers(uow, directory, users, hasher, oneTime, events, clock);
    exportOwnData =
        new ExportOwnData(
            uow, users, refresh, ports.apiKeys(), ports.totpFactors(), ports.auditLog(), clock);
    deleteOwnAccount = new DeleteOwnAccount(uow, users, hasher, settings.lockout(), events, clock);
    loginActivity = new LoginActivity(uow, ports.auditLog(), clock);
  }
}
