package io.tenantry.application.fakes;

import io.tenantry.application.PortLookup;
import io.tenantry.application.Settings;
import io.tenantry.application.UseCases;
import io.tenantry.application.auth.AuthSettings;
import io.tenantry.application.auth.TokenPair;
import io.tenantry.application.mail.RetryPolicy;
import io.tenantry.application.shared.Actor;
import io.tenantry.application.webhook.WebhookPorts;
import io.tenantry.domain.audit.AuditAnchorKey;
import io.tenantry.domain.user.LockoutPolicy;
import io.tenantry.domain.user.PasswordPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The application's use cases, built by the same factory as in production, on in-memory fakes. */
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
          PUBLIC_URL,
          Duration.ofDays(90));

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

  /** The key that signs audit anchors in tests. */
  public static final AuditAnchorKey ANCHOR_KEY = new FakeAuditAnchorKey();

  public final InMemoryPendingWork pendingWork = new InMemoryPendingWork(tenantRepository);
  public final InMemoryAuditLog auditLog = new InMemoryAuditLog(unitOfWork, pendingWork);
  public final InMemoryClientRepository clients = new InMemoryClientRepository(unitOfWork);
  public final InMemoryClientDirectory clientDirectory = new InMemoryClientDirectory();
  public final InMemoryPageSessionRepository pageSessions =
      new InMemoryPageSessionRepository(unitOfWork);
  public final InMemoryAuthorizationCodeRepository authorizationCodes =
      new InMemoryAuthorizationCodeRepository(unitOfWork);
  public final InMemoryTotpFactors totpFactors = new InMemoryTotpFactors(unitOfWork);
  public final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository(unitOfWork);
  public final InMemoryWebhooks webhooks = new InMemoryWebhooks();
  public final FakeIdTokens idTokens = new FakeIdTokens();
  public final FakeTotp totp = new FakeTotp();
  public final FakeSecretSealer secretSealer = new FakeSecretSealer();
  public final WebhookPorts webhookPorts = webhooks.ports(unitOfWork);
  public final InMemoryRoleRepository roles =
      new InMemoryRoleRepository(unitOfWork, userRepository);
  public final FixedRequestOrigin requestOrigin = new FixedRequestOrigin();
  public final InMemoryCacheInvalidations cacheInvalidations = new InMemoryCacheInvalidations();
  public final UseCases useCases =
      new UseCases(
          PortLookup.ports(this::fake),
          new Settings(
              SETTINGS,
              new LockoutPolicy(5, Duration.ofMinutes(15)),
              Duration.ofDays(365),
              true,
              ANCHOR_KEY,
              Duration.ofMinutes(30),
              new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(4)),
              Duration.ofDays(1)));

  private TestApp() {}

  /** The one fake among this app's fields that implements {@code port}. */
  private Object fake(Class<?> port) {
    Object found = null;
    for (Field field : TestApp.class.getDeclaredFields()) {
      Object value = Modifier.isStatic(field.getModifiers()) ? null : valueOf(field);
      if (port.isInstance(value)) {
        if (found != null) {
          throw new IllegalStateException("two fakes implement " + port.getName());
        }
        found = value;
      }
    }
    return found;
  }

  private Object valueOf(Field field) {
    try {
      return field.get(this);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh application with nothing in it, not even tenant {@code system}. */
  public static TestApp empty() {
    return new TestApp();
  }

  /** A started application: tenant {@code system} with its platform admin {@link #ADMIN_EMAIL}. */
  public static TestApp started() {
    TestApp app = new TestApp();
    app.useCases.bootstrapSystemTenant.bootstrap(Optional.of(ADMIN_EMAIL), Optional.of(PASSWORD));
    return app;
  }

  public Session platformAdmin() {
    return logIn("system", ADMIN_EMAIL, PASSWORD);
  }

  /** Logs in and authenticates the access token it got, as the REST layer would. */
  public Session logIn(String tenant, String email, String password) {
    TokenPair tokens = useCases.login.login(Commands.login(tenant, email, password));
    return new Session(useCases.authenticate.authenticate(tokens.accessToken()), tokens);
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
