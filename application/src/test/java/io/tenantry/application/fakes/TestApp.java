package io.tenantry.application.fakes;

import io.tenantry.application.account.AccountService;
import io.tenantry.application.account.OneTimeTokens;
import io.tenantry.application.audit.AuditService;
import io.tenantry.application.audit.AuditTrail;
import io.tenantry.application.auth.AuthService;
import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.auth.LoginCommand;
import io.tenantry.application.auth.SessionGuard;
import io.tenantry.application.auth.SessionIssuer;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.mail.AccountMails;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.tenant.AdminService;
import io.tenantry.application.tenant.TenantDirectory;
import io.tenantry.application.tenant.TenantProvisioning;
import io.tenantry.application.tenant.TenantService;
import io.tenantry.application.user.UserService;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Every application service wired the way bootstrap does, on in-memory fakes of the ports. */
public final class TestApp {
  public static final Instant START = Instant.parse("2026-01-31T12:00:00Z");
  public static final String PUBLIC_URL = "https://tenantry.test";
  public static final String PASSWORD = "violet-harbour-lantern";
  public static final String ADMIN_EMAIL = "root@system.test";
  public static final AuthSettings SETTINGS =
      new AuthSettings(
          Duration.ofMinutes(15),
          Duration.ofDays(30),
          Duration.ofDays(7),
          Duration.ofHours(48),
          Duration.ofHours(1),
          Duration.ofSeconds(30),
          PUBLIC_URL);

  public final MutableClock clock = new MutableClock(START);
  public final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  public final InMemoryTenantRepository tenantRepository = new InMemoryTenantRepository();
  public final InMemoryUserRepository userRepository = new InMemoryUserRepository(unitOfWork);
  public final InMemoryRefreshTokenRepository refreshTokens =
      new InMemoryRefreshTokenRepository(unitOfWork);
  public final InMemoryOneTimeTokenRepository oneTimeTokens =
      new InMemoryOneTimeTokenRepository(unitOfWork);
  public final RecordingMailOutbox outbox = new RecordingMailOutbox();
  public final FakePasswordHasher hasher = new FakePasswordHasher();
  public final FakeAccessTokens accessTokens = new FakeAccessTokens();
  public final SequenceSecureTokens secureTokens = new SequenceSecureTokens();
  public final RecordingSchemaManager schemas = new RecordingSchemaManager();
  public final PasswordPolicy passwordPolicy = new PasswordPolicy(new FakeCommonPasswords());
  public final InMemoryAuditLog auditLog = new InMemoryAuditLog(unitOfWork);
  public final AuditTrail audit = new AuditTrail(auditLog, new FixedRequestOrigin(), clock);
  public final AuditService auditService =
      new AuditService(unitOfWork, auditLog, tenantRepository, Duration.ofDays(365), clock);

  public final TenantDirectory directory =
      new TenantDirectory(unitOfWork, tenantRepository, clock, SETTINGS.securityCacheTtl());
  public final SessionGuard guard =
      new SessionGuard(unitOfWork, userRepository, clock, SETTINGS.securityCacheTtl());
  public final SessionIssuer sessions =
      new SessionIssuer(accessTokens, refreshTokens, secureTokens, SETTINGS, clock);
  public final AccountMails mails =
      new AccountMails(oneTimeTokens, outbox, secureTokens, SETTINGS, clock);
  public final AuthService auth =
      new AuthService(
          unitOfWork,
          directory,
          userRepository,
          refreshTokens,
          hasher,
          accessTokens,
          sessions,
          guard,
          new LockoutPolicy(5, Duration.ofMinutes(15)),
          audit,
          clock);
  public final AccountService accounts =
      new AccountService(
          unitOfWork,
          directory,
          userRepository,
          refreshTokens,
          new OneTimeTokens(unitOfWork, directory, oneTimeTokens, userRepository, clock),
          hasher,
          passwordPolicy,
          mails,
          sessions,
          guard,
          audit,
          clock);
  public final UserService users =
      new UserService(
          unitOfWork, userRepository, refreshTokens, directory, mails, guard, audit, clock);
  public final TenantProvisioning provisioning =
      new TenantProvisioning(
          unitOfWork,
          tenantRepository,
          userRepository,
          schemas,
          hasher,
          passwordPolicy,
          mails,
          audit,
          clock);
  public final TenantService tenants =
      new TenantService(
          unitOfWork, tenantRepository, directory, provisioning, sessions, true, audit, clock);
  public final AdminService admin =
      new AdminService(
          unitOfWork,
          tenantRepository,
          userRepository,
          schemas,
          directory,
          provisioning,
          hasher,
          passwordPolicy,
          audit,
          clock);

  private TestApp() {}

  /** A fresh application with nothing in it, not even tenant {@code system}. */
  public static TestApp empty() {
    return new TestApp();
  }

  /** A started application: tenant {@code system} with its platform admin {@link #ADMIN_EMAIL}. */
  public static TestApp started() {
    TestApp app = new TestApp();
    app.admin.bootstrap(Optional.of(ADMIN_EMAIL), Optional.of(PASSWORD));
    return app;
  }

  public Session platformAdmin() {
    return logIn("system", ADMIN_EMAIL, PASSWORD);
  }

  /** Logs in and authenticates the access token it got, as the REST layer would. */
  public Session logIn(String tenant, String email, String password) {
    TokenPair tokens = auth.login(new LoginCommand(tenant, email, password));
    return new Session(auth.authenticate(tokens.accessToken()), tokens);
  }

  /** Who is logged in, and with which tokens. */
  public record Session(Actor actor, TokenPair tokens) {
    public UUID userId() {
      return actor.userId().value();
    }

    public String accessToken() {
      return tokens.accessToken();
    }

    public String refreshToken() {
      return tokens.refreshToken();
    }
  }
}
